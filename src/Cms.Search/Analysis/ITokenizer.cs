namespace Cms.Search.Analysis;

public interface ITokenizer
{
    string Version { get; }

    void Tokenize(string text, List<Token> output);
}
