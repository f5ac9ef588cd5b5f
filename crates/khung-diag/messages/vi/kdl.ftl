# kdl messages (vi). Keep the other language in step.
