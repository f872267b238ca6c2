"""goftar in the terminal: answers rendered as text, and right-to-left lines made readable.

``render`` draws each kind of answer on a ``screen.Screen``; ``bidi`` reorders
Persian lines for terminals that do not (--bidi).
"""
