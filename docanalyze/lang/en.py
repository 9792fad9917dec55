"""English tables."""

# Frequent function words: the evidence the language identifier counts.
STOP_WORDS = set(
    """
    the of and to in is are was were be been for on that this with by as at from it its an or not
    which have has had will would shall should can could may must their they there these those than
    who whom whose what when where also such into under between about after before during all any
    each other more most some only our we you he she his her them been being does did do
    """.split()
)
