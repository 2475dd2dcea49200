"""``rasd batch``: the pipeline over archives of millions of articles, on a process pool or a Ray
cluster, into Parquet shards that a killed run resumes; ``rasd batch-merge`` loads them into the
store, deduplicated (docs/batch.md)."""
