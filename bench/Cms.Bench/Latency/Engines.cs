using Cms.Bench.Fts;
using Cms.Bench.Plain;
using Cms.Search.Searching;
using Microsoft.Data.Sqlite;

namespace Cms.Bench.Latency;

/// <summary>The three things timed against each other: ours with its texts, the raw FTS5 baseline, plain Lucene.Net.</summary>
internal sealed record Engines(SearchEngine Ours, SqliteHitTexts Texts, SqliteConnection Fts, PlainSearch Plain);
