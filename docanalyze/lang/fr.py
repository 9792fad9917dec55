"""French tables."""

# Frequent function words: the evidence the language identifier counts.
STOP_WORDS = set(
    """
    le la les un une des du de et à au aux en dans pour par sur avec sans sous est sont été être a ont
    avait qui que quoi dont où ce cette ces cet il elle ils elles on nous vous leur leurs son sa ses
    pas ne plus mais ou donc ni car aussi très tout tous toute toutes entre vers chez lors afin ainsi
    selon depuis notamment peut doit fait sera seront était
    """.split()
)
