"""Scale: parses kept in the store, processing on a Dask cluster, and recoding stored articles.

``parses`` turns a parsed ``Doc`` into the compressed bytes the store keeps and back; ``shards``
processes one partition of documents (the unit a worker runs); ``executors`` runs partitions in
this process, in worker processes, or on a Dask cluster (``dask_cluster``); ``recode`` re-runs the
extraction layers on stored parses.
"""
