/** The help of `newsgraph analyze`, apart from the command so that `newsgraph --help` loads no analysis code. */
export const ANALYZE_USAGE = `Usage: newsgraph analyze [options] <file|dir|->...

Reads articles and prints one newsgraph.article/1 record per article. Inputs: plain text
(.txt, .md), HTML pages (.html, .htm), RSS/Atom/JSON feeds (.rss, .atom, .xml; one record per
item), WARC archives (.warc, .warc.gz; one record per HTML response), JSON Lines with a "text" or
"html" field (.jsonl); other files are recognised by their content. A directory is walked for
these; - reads standard input.

Options:
  --format json|jsonl|text  json (default): pretty JSON for one article, JSON Lines for several;
                            jsonl: always one line per article; text: a readable summary
  --published <date>        publication date (ISO 8601) that relative dates resolve against
  --raw                     analyse the input exactly as given (no cleaning): offsets index the input
  --max-bytes <n>           refuse inputs larger than n bytes (default 33554432)
  -h, --help                show this help`;
