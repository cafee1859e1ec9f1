namespace Cms.Bench.Stemming;

/// <summary>A content word of a UD sentence: its form and lemma, lower-cased invariantly with ё → е.</summary>
internal readonly record struct UdWord(string Form, string Lemma);
