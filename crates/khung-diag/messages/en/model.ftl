# model messages (en). Keep the other language in step.
