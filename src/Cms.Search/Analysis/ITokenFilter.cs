namespace Cms.Search.Analysis;

/// <summary>
/// A stateless step of an analysis chain: for each token it emits zero, one or more tokens.
/// Implementations hold only immutable configuration, so one instance serves every thread.
/// </summary>
public interface ITokenFilter
{
    /// <summary>Changes whenever the filter's output for some input changes; part of the index version.</summary>
    string Version { get; }

    void Process(in Token token, List<Token> output);
}
