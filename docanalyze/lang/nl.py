"""Dutch tables."""

# Frequent function words: the evidence the language identifier counts.
STOP_WORDS = set(
    """
    de het een en van in op te met voor door aan bij naar uit over om tot als dat die dit deze wat wie
    waar is zijn was waren wordt worden werd werden heeft hebben had kan kunnen moet moeten zal zullen
    niet geen ook nog maar of dan er hij zij ze wij we jullie hun haar zich u uw mijn ons onze wel al
    meer zeer reeds tussen sinds omdat zodat tegen binnen volgens
    """.split()
)
