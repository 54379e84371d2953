"""tracker: who said what about which policy, from news articles, with the sentence to cite."""

__version__ = "0.1.0"
