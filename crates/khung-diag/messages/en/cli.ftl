# cli messages (en). Keep the other language in step.

cli-summary = { $errors } errors, { $warnings } warnings, { $infos } infos; { $waived } waived; { $baseline } in baseline; checked { $systems } systems, { $flows } flows, { $datasets } datasets against { $rules } rules (profile { $profile })
cli-invalid-date = `{ $value }` is not a date (expected YYYY-MM-DD)
cli-invalid-baseline = the baseline `{ $path }` is not a JSON list of fingerprints: { $detail }
cli-write-failed = cannot write `{ $path }`: { $reason }
cli-basis = basis: { $basis }
cli-basis-unverified = basis (not verified): { $basis }
cli-status-waived = waived until { $until }
cli-status-baseline = in baseline
