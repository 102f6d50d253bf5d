"""The guide's own machinery: the list of Pythons, the stored outputs, the pages' examples,
and the harness that runs every example. Imported by the tests, the MkDocs hooks, the
noxfile and the benchmarks.
"""
