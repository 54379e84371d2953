"""Who is who: the Open States roster, and linking extracted officials to its persons.

Linking is the step after extraction: ``extract`` stays pure (text in, document out), and
``link_document`` takes that document, the roster and the article's date and says, for each
official, which roster person it is, or why it cannot tell. It never guesses: a name that leaves
two candidates stays unlinked with the reason kept.
"""
