import numpy as np
import pytest

from docanalyze.reading_order import mix_with_neighbours


@pytest.mark.parametrize(
    ("scores", "window", "weight", "expected"),
    [
        ([0.8], 3, 0.3, [0.8]),
        ([0.0, 1.0, 0.0], 3, 0.3, [0.15, 0.7, 0.15]),
        ([0.9, 0.2, 0.9], 3, 0.3, [0.795, 0.41, 0.795]),
        # Only `window` items on each side count: the far 1.0 is out of reach of the first item.
        ([0.0, 0.0, 1.0], 1, 0.5, [0.0, 0.25, 0.5]),
        ([0.2, 0.6], 0, 0.5, [0.2, 0.6]),
        ([0.2, 0.6], 2, 0.0, [0.2, 0.6]),
    ],
)
def test_scores_are_read_with_their_neighbours(
    scores: list[float], window: int, weight: float, expected: list[float]
) -> None:
    assert mix_with_neighbours(np.array(scores), window, weight) == pytest.approx(expected)


def test_each_column_of_a_score_matrix_is_mixed_on_its_own() -> None:
    scores = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    mixed = mix_with_neighbours(scores, 1, 0.5)
    assert mixed.shape == (3, 2)
    assert mixed == pytest.approx(np.array([[0.5, 0.0], [0.25, 0.25], [0.0, 0.5]]))
