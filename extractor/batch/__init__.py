"""Many inputs at once: saved pages and JSONL records to articles, over processes or a Dask cluster.

    run.py          inputs -> articles, failures isolated per input, pages grouped into articles
    workers.py      the process pool: a bounded window in flight, a crashed worker costs one input
    resume.py       `--resume`: what a killed batch already wrote
    distributed.py  the same extraction on Dask (the optional `dask` extra; nothing else imports it)

Nothing is imported here, so `extractor.batch.resume` does not load the pipeline.
"""

__all__: list[str] = []
