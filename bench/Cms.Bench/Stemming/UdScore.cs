namespace Cms.Bench.Stemming;

/// <summary>Pairwise conflation quality of a stemmer against UD lemmas.</summary>
/// <param name="Forms">Distinct lower-cased forms evaluated.</param>
/// <param name="LemmaPairs">Unordered pairs of distinct forms sharing at least one lemma.</param>
/// <param name="StemPairs">Unordered pairs of distinct forms with the same stem.</param>
public sealed record UdScore(int Forms, long LemmaPairs, long StemPairs, double Recall, double Precision, double F1);
