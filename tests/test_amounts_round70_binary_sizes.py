"""Amounts: the binary data sizes software's own figures are written in (KiB, MiB, GiB, TiB, PiB: units.json)."""

from conftest import text_facts

# ../shared/eval/webpages (the audit pages): a Stack Overflow blog post of 2020-01-20
RUST = (
    "Tilde, an early production user of Rust in their Skylight product, found they were able to reduce their memory "
    "usage from 5GiB to 50MiB by rewriting certain Java HTTP endpoints in idiomatic Rust."
)


def test_binary_sizes_are_amounts():
    facts = [(f.text, f.value, f.unit) for f in text_facts(RUST, "amount")]
    assert ("5GiB", 5, "GiB") in facts
    assert ("50MiB", 50, "MiB") in facts
