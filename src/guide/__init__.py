"""The guide's machinery, in four parts by when it runs (the road of an example:
snippet, recorded outputs, page, site version):

* ``guide.core``: the data every other part reads: the tree, the list of Pythons, one
  ``Example`` with its stored outputs, the normalisation of printed output. Standard
  library only.
* ``guide.testing``: running examples and checking what they print (a pytest plugin,
  the process runner, the servers examples need, the browser).
* ``guide.build``: what the MkDocs hooks put on pages (examples and tabs, the version
  notices, the "What changed" page, the glossary) and every sentence the build writes.
* ``guide.tools``: operations (providing the Pythons, deploying the versions).
"""
