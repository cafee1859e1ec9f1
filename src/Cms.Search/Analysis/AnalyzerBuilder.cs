namespace Cms.Search.Analysis;

/// <summary>Configures an analysis chain; <see cref="Build"/> returns the immutable <see cref="Analyzer"/>.</summary>
public sealed class AnalyzerBuilder(string language)
{
    private readonly List<ITokenFilter> filters = [];
    private ITokenizer tokenizer = new Common.UnicodeWordTokenizer();
    private Func<string, string> stem = static term => term;
    private Func<string, bool> isStopWord = static _ => false;

    public AnalyzerBuilder Tokenizer(ITokenizer value)
    {
        tokenizer = value;
        return this;
    }

    public AnalyzerBuilder Add(ITokenFilter filter)
    {
        filters.Add(filter);
        if (filter is Common.StemFilter stemFilter)
        {
            stem = stemFilter.Stem;
        }

        if (filter is Common.StopWordFilter stopWords)
        {
            isStopWord = stopWords.Words.Contains;
        }

        return this;
    }

    public Analyzer Build() => new(language, tokenizer, [.. filters], stem, isStopWord);
}
