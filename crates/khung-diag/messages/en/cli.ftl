# cli messages (en). Keep the other language in step.
