"""Counts a careful news reader would sign, round 23 (issue 17): numbers inside names, and a box score's stats.

- small bare numbers listed right after a name and its acronym in brackets ("Red Hat Enterprise Linux (RHEL) 7 and
  6") are the product's releases (count_labels._acronym_versions), as "Linux Mint 19 and 18" are.
- a number right before a bracketed acronym that holds the same digits ("glucagon-like peptide 1 (GLP-1)") closes
  the name the acronym restates (count_labels._restated_number).
- digits after a gene's code and its asterisk ("HLA-B* 5801 allele") name an allele (count_labels._allele).
- the tagger may stretch a player's name over the stat after it ("J. Anasa 1 assist.", "A. Sanger 2 saves."): a
  PERSON entity that reaches a number counting a lower-case noun right after it does not block the count
  (counts._stat_after_name).

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import page_facts

from extractor.find.count_context import _called_on_rx


def test_versions_after_a_bracketed_acronym_count_nothing():
    # "Red Hat Enterprise Linux (RHEL) 7 and 6" in a list of supported guest systems
    facts = page_facts("22c603f3fa1e8c9c", "Red Hat Enterprise Linux (RHEL) 7 and 6", "count")
    assert "7" not in facts and "6" not in facts
    # "... up to 128 GB vRAM and 32 vCPUs per virtual machine." on the same page still counts
    assert "32" in page_facts("22c603f3fa1e8c9c", "32 vCPUs per virtual machine", "count")


def test_number_restated_by_an_acronym_counts_nothing():
    # "... increased levels of glucagon-like peptide 1 (GLP-1), a hormone known for its ability to suppress appetite"
    page = "healthline.com/nutrition/how-to-overcome-binge-eating"
    assert "1" not in page_facts(page, "glucagon-like peptide 1 (GLP-1)", "count")


def test_allele_after_a_starred_gene_code_counts_nothing():
    # "HLA-B* 5801 allele as a genetic marker for severe cutaneous adverse reactions caused by allopurinol."
    assert "5801" not in page_facts("205c0891b8841894", "HLA-B* 5801 allele", "count")


def test_stat_line_after_a_tagged_name_counts():
    # "Viera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal. Z. Nielsen 1 goal. J. Anasa 1 assist. A. Sanger 2 saves."
    facts = page_facts("hs-roundup-viera", "J. Anasa 1 assist.", "count")
    assert facts["1"]["counted"] == "assist"  # the block's last "1": J. Anasa's
    assert facts["2"]["counted"] == "saves"


def test_a_number_dialled_after_call_us_on_counts_nothing():
    # judged24-count: "urged to call us on 101 quoting log 3697 2/11/23" counted 101 of "quoting log"
    page = "48-hour-order-walsall-after-28036293"
    assert "101" not in page_facts(page, "call us on 101 quoting log", "count")
    # the object pronoun is the cue: "called on 30 senators" (no pronoun) is not read as a phone number
    assert _called_on_rx().search("urged to call us on ")
    assert not _called_on_rx().search("She called on ")
