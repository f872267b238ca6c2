"""Reading Persian news articles and finding who said what in them.

Nothing here knows about Whoosh: documents and quotes are plain dataclasses.
"""

from pathlib import Path

# The bundled sample articles: the default demo corpus and the test fixtures.
SAMPLES_DIR = Path(__file__).parent / "samples"
