"""More numbers that count nothing on real pages (issue 17, second pass): software versions and code.

Each test reads a real page of ../shared/eval/webpages in place through the whole pipeline (see
test_counts_real.page_facts) and fails without its rule in extractor/find/count_context.py.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_software_versions():
    # "Mercurial dropped support for Python 2.4 and 2.5."
    facts = page_facts("750955e516e256de", "dropped support for Python 2.4 and 2.5", "count")
    assert not {"2.4", "2.5"} & set(facts)
    # "The project's late start at a Python 3 port can be significantly attributed to Python 2.4 and 2.5 ..."
    assert "3" not in page_facts("750955e516e256de", "late start at a Python 3 port", "count")
    # "At the time, Python 3.5, 3.6, and 3.7 were released and 3.8 was scheduled ..."
    facts = page_facts("750955e516e256de", "Python 3.5, 3.6, and 3.7", "count")
    assert not {"3.5", "3.6"} & set(facts)  # ("... as well as 3.7" later in the paragraph has no name in reach)
    # the headline "iOS 13 will fix the FaceTime eye contact problem"
    assert "13" not in page_facts("8c9021c0963dcfa2", "iOS 13", "count")
    # a count after a version stays a count
    assert "three" in found("Python 3 removed three modules.", kind="count")


def test_numbers_in_code():
    # "my_ggp + theme(text = element_text(size = 20))  # All font sizes"
    assert "20" not in page_facts("3e2b0c6ff49984b5", "my_ggp + theme(text = element_text(size = 20))", "count")
    # 'target_host = "www.google.com" target_port = 80  # create a socket object'
    assert "80" not in page_facts("fde04e3c72e0a486", "target_port = 80", "count")
    # one mark of code is no program: "p = 0.03" in a sentence that counts patients
    assert "120" in found("The trial of 120 patients found a small effect (p = 0.03).", kind="count")
