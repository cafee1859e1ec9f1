using System.Diagnostics;
using System.Text;
using Cms.Search.Query;
using Xunit;

namespace Cms.Search.Tests.Query;

public sealed class QueryParserTests
{
    [Theory]
    // Words, default AND, mixed scripts.
    [InlineData("новостройках Ош", "AND(новостройках, Ош)")]
    [InlineData("თბილისი OR Бишкек", "OR(თბილისი, Бишкек)")]
    [InlineData("Бишкек", "Бишкек")]
    [InlineData("  Ош \t\n Нарын  ", "AND(Ош, Нарын)")]
    [InlineData("Ак-Ордо-3 Ала-Тоо-3", "AND(Ак-Ордо-3, Ала-Тоо-3)")]
    [InlineData("🎉 party 👩‍💻", "AND(🎉, party, 👩‍💻)")]
    [InlineData("a\u0001b\u0000c\u007Fd", "AND(a, b, c, d)")]
    // Phrases.
    [InlineData("\"Ала-Тоо аянты\"", "\"Ала-Тоо аянты\"")]
    [InlineData("\"a   b\tc\"", "\"a b c\"")]
    [InlineData("\"unclosed", "\"unclosed\"")]
    [InlineData("x \"unclosed phrase", "AND(x, \"unclosed phrase\")")]
    [InlineData("\"\"", "")]
    [InlineData("\"   \"", "")]
    [InlineData("a\"b c\"d", "AND(a, \"b c\", d)")]
    // Operators and precedence: NOT > AND > OR.
    [InlineData("a b OR c", "OR(AND(a, b), c)")]
    [InlineData("a OR b c", "OR(a, AND(b, c))")]
    [InlineData("a AND b OR c AND d", "OR(AND(a, b), AND(c, d))")]
    [InlineData("a && b || c", "OR(AND(a, b), c)")]
    [InlineData("a OR b OR c", "OR(a, b, c)")]
    [InlineData("NOT a b", "AND(NOT(a), b)")]
    [InlineData("a NOT b", "AND(a, NOT(b))")]
    [InlineData("a OR NOT b", "OR(a, NOT(b))")]
    [InlineData("!a", "NOT(a)")]
    [InlineData("a !b", "AND(a, NOT(b))")]
    [InlineData("Ура!", "Ура!")]
    [InlineData("and or not", "AND(and, or, not)")]
    [InlineData("And Or Not", "AND(And, Or, Not)")]
    [InlineData("NOT NOT a", "a")]
    // Lone and dangling operators.
    [InlineData("a OR", "a")]
    [InlineData("OR", "")]
    [InlineData("OR a", "a")]
    [InlineData("AND", "")]
    [InlineData("a AND", "a")]
    [InlineData("AND a", "a")]
    [InlineData("a OR OR b", "OR(a, b)")]
    [InlineData("a AND OR b", "OR(a, b)")]
    [InlineData("NOT", "")]
    [InlineData("a NOT", "a")]
    [InlineData("&&", "")]
    [InlineData("|| a", "a")]
    [InlineData("a&b a|b", "AND(a&b, a|b)")]
    // + and -.
    [InlineData("-кыргыз", "NOT(кыргыз)")]
    [InlineData("-a -b", "AND(NOT(a), NOT(b))")]
    [InlineData("+a -b", "AND(a, NOT(b))")]
    [InlineData("+a", "a")]
    [InlineData("-\"x y\"", "NOT(\"x y\")")]
    [InlineData("a -(b OR c)", "AND(a, NOT(OR(b, c)))")]
    [InlineData("-(-a)", "a")]
    [InlineData("--a", "a")]
    [InlineData("a - b", "AND(a, b)")]
    [InlineData("-", "")]
    [InlineData("+", "")]
    [InlineData("a -", "a")]
    [InlineData("кыргыз-", "кыргыз-")]
    // Prefixes.
    [InlineData("конуш*", "конуш*")]
    [InlineData("ab**", "ab*")]
    [InlineData("*", "")]
    [InlineData("* ** ***", "")]
    [InlineData("*abc", "abc")]
    [InlineData("*abc*", "abc*")]
    [InlineData("a*b", "a*b")]
    [InlineData("-конуш*", "NOT(конуш*)")]
    // Fields.
    [InlineData("title:\"Ак-Ордо-3\"", "title:\"Ак-Ордо-3\"")]
    [InlineData("lang:ky Ош", "AND(lang:ky, Ош)")]
    [InlineData("TITLE:Бишкек", "title:Бишкек")]
    [InlineData("Kind:news place:Ош tag:саясат", "AND(kind:news, place:Ош, tag:саясат)")]
    [InlineData("title:кон*", "title:кон*")]
    [InlineData("tag:(a OR b)", "OR(tag:a, tag:b)")]
    [InlineData("title:(a tag:b \"c d\")", "AND(title:a, tag:b, title:\"c d\")")]
    [InlineData("title:-x", "NOT(title:x)")]
    [InlineData("-title:x", "NOT(title:x)")]
    [InlineData("title:\"x y\" OR -tag:z", "OR(title:\"x y\", NOT(tag:z))")]
    [InlineData("title:lang:ky", "lang:ky")]
    [InlineData("title:", "")]
    [InlineData("title: Бишкек", "Бишкек")]
    [InlineData("(title:)", "")]
    [InlineData("title:&&", "")]
    [InlineData("foo:bar", "foo:bar")]
    [InlineData("http://x", "http://x")]
    [InlineData("10:30 :", "AND(10:30, :)")]
    [InlineData("tıtle:x", "tıtle:x")]
    // Grouping.
    [InlineData("(a OR b) c", "AND(OR(a, b), c)")]
    [InlineData("a AND (b OR (c AND d))", "AND(a, OR(b, AND(c, d)))")]
    [InlineData("a (b (c d))", "AND(a, b, c, d)")]
    [InlineData("(a OR b) OR c", "OR(a, b, c)")]
    [InlineData("((a))", "a")]
    [InlineData("()", "")]
    [InlineData("((((", "")]
    [InlineData(")))", "")]
    [InlineData("(a b", "AND(a, b)")]
    [InlineData("a OR (b", "OR(a, b)")]
    [InlineData("a) b", "AND(a, b)")]
    [InlineData("a OR b) c", "OR(a, AND(b, c))")]
    [InlineData("((((((((((((a))))))))))))", "a")]
    // Foreign syntax and garbage.
    [InlineData("NEAR(a b)", "AND(NEAR, a, b)")]
    [InlineData("a^2", "a")]
    [InlineData("a^2.5 b~ c~0.8", "AND(a, b, c)")]
    [InlineData("\"x y\"~3", "\"x y\"")]
    [InlineData("^ ~", "")]
    [InlineData("{a TO b}", "AND({a, TO, b})")]
    [InlineData("'; DROP TABLE stories; --", "AND(';, DROP, TABLE, stories;)")]
    [InlineData("Robert'); DROP TABLE x;--", "AND(Robert', ;, DROP, TABLE, x;--)")]
    public void Parses(string input, string expected)
    {
        Assert.Equal(expected, Render(QueryParser.Parse(input)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\r\n")]
    public void EmptyInputHasNoRootAndNoWarnings(string? input)
    {
        var result = QueryParser.Parse(input);
        Assert.Null(result.Root);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void OnlyNegativeQueryKeepsItsNot()
    {
        Assert.Equal(new NotNode(new TermNode("a")), QueryParser.Parse("NOT a").Root);
        Assert.Equal(new NotNode(new TermNode("a")), QueryParser.Parse("-a").Root);
    }

    [Fact]
    public void NodesCarryTextAsTypedAndLowerCaseFields()
    {
        var root = Assert.IsType<AndNode>(QueryParser.Parse("TiTlE:\"Ала-Тоо  аянты\" ОШ* -ბათუმი").Root);
        Assert.Equal(new PhraseNode("Ала-Тоо аянты", "title"), root.Children[0]);
        Assert.Equal(new TermNode("ОШ", null, IsPrefix: true), root.Children[1]);
        Assert.Equal(new NotNode(new TermNode("ბათუმი")), root.Children[2]);
    }

    [Fact]
    public void AndOrNodesCompareStructurally()
    {
        var a = QueryParser.Parse("a (b OR c)").Root;
        var b = new AndNode([new TermNode("a"), new OrNode([new TermNode("b"), new TermNode("c")])]);
        Assert.Equal(b, a);
        Assert.Equal(b.GetHashCode(), a!.GetHashCode());
        Assert.NotEqual(new AndNode([new TermNode("a"), new TermNode("b")]), new AndNode([new TermNode("b"), new TermNode("a")]));
    }

    [Theory]
    [InlineData("a \"b", QueryWarnings.UnbalancedQuote)]
    [InlineData("(a b", QueryWarnings.UnbalancedParenthesis)]
    [InlineData("a b)", QueryWarnings.UnbalancedParenthesis)]
    [InlineData("title: a", QueryWarnings.FieldWithoutValue)]
    [InlineData("title:&&", QueryWarnings.FieldWithoutValue)]
    [InlineData("(((((((((((a)))))))))))", QueryWarnings.NestedTooDeeply)]
    public void Warns(string input, string warning)
    {
        Assert.Equal([warning], QueryParser.Parse(input).Warnings);
    }

    [Fact]
    public void WellFormedQueryHasNoWarnings()
    {
        Assert.Empty(QueryParser.Parse("title:\"a b\" (c OR d*) -e lang:ky").Warnings);
    }

    [Theory]
    [InlineData(10, "AND(OR(a, b), c)")]
    [InlineData(11, "OR(a, AND(b, c))")]
    public void GroupsDeeperThan10AreFlattened(int depth, string expected)
    {
        // The innermost group "(a OR b)" is at the given depth; beyond the cap its parentheses are ignored.
        var input = new string('(', depth - 1) + "(a OR b) c" + new string(')', depth - 1);
        Assert.Equal(expected, Render(QueryParser.Parse(input)));
    }

    [Fact]
    public void KeepsAtMost32Terms()
    {
        var input = string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var result = QueryParser.Parse(input);
        var root = Assert.IsType<AndNode>(result.Root);
        Assert.Equal(QueryParser.MaxTerms, root.Children.Count);
        Assert.Equal(new TermNode("w32"), root.Children[^1]);
        Assert.Equal([QueryWarnings.TooManyTerms], result.Warnings);
    }

    [Fact]
    public void InspectsOnlyTheFirst1000Characters()
    {
        var input = new string('x', 994) + " abcdefgh";
        var result = QueryParser.Parse(input);
        Assert.Equal("AND(" + new string('x', 994) + ", abcde)", Render(result));
        Assert.Equal([QueryWarnings.Truncated], result.Warnings);
    }

    [Fact]
    public void TruncationDoesNotSplitASurrogatePair()
    {
        // Character 1000 is the high half of an emoji: the cut happens before it.
        Assert.Equal(new TermNode(new string('x', 998)), QueryParser.Parse(new string('x', 998) + " 🎉🎉").Root);
        var root = Assert.IsType<AndNode>(QueryParser.Parse(new string('x', 997) + " 🎉🎉").Root);
        Assert.Equal(new TermNode("🎉"), root.Children[1]);
    }

    [Fact]
    public void DeepNestingAndLongOperatorChainsDoNotOverflow()
    {
        Assert.Equal("a", Render(QueryParser.Parse(new string('(', 400) + "a" + new string(')', 5000))));
        Assert.Equal("", Render(QueryParser.Parse(new string('(', 5000) + "a")));
        Assert.Equal("a", Render(QueryParser.Parse(new string('!', 998) + "a")));
        Assert.Equal("NOT(a)", Render(QueryParser.Parse(string.Concat(Enumerable.Repeat("NOT ", 249)) + "a")));
        Assert.Equal("title:a", Render(QueryParser.Parse(string.Concat(Enumerable.Repeat("title:", 160)) + "a")));
    }

    [Fact]
    public void Parses10KilobytesQuickly()
    {
        var random = new Random(42);
        var builder = new StringBuilder();
        while (builder.Length < 10_000)
        {
            builder.Append(Pool[random.Next(Pool.Length)]);
        }

        var stopwatch = Stopwatch.StartNew();
        var result = QueryParser.Parse(builder.ToString());
        stopwatch.Stop();
        Assert.Contains(QueryWarnings.Truncated, result.Warnings);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), stopwatch.Elapsed.ToString());
    }

    [Fact]
    public void RandomInputNeverThrows()
    {
        var random = new Random(42);
        for (var n = 0; n < 2000; n++)
        {
            var length = random.Next(n % 10 == 0 ? 1500 : 60);
            var builder = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                builder.Append(Pool[random.Next(Pool.Length)]);
            }

            var input = builder.ToString();
            var result = QueryParser.Parse(input);
            Assert.True(CountLeaves(result.Root) <= QueryParser.MaxTerms, input);
            Assert.True(Depth(result.Root) <= 2 * QueryParser.MaxDepth + 3, input);
            _ = Render(result);
        }
    }

    private static readonly string[] Pool =
    [
        "\"", "\"", "(", "(", ")", ")", "*", ":", "+", "-", "-", "!", "|", "||", "&", "&&", "^", "~", "{", "}", "[", "]",
        "\\", "'", ";", ",", ".", "/",
        "\u0000", "\u0001", "\t", "\n", "\r", "\u007F", "\u0085", "\u00A0", "\u200B", "\u2028",
        " ", " ", " ", " ", " ",
        "AND", "OR", "NOT", "and", "or", "not", "NEAR", "title:", "TITLE:", "lang:", "kind:", "place:", "tag:", "foo:",
        "а", "б", "ө", "ү", "ң", "Ж", "ы", "Ё", "ა", "ბ", "ღ", "ჰ", "Ა", "ǅ", "ı", "İ", "ß",
        "a", "b", "z", "Q", "0", "1", "9", "٣",
        "🎉", "👩‍💻", "🇰🇬", "\uD83D", "\uDE00",
    ];

    private static string Render(ParsedQuery query) => query.Root?.ToString() ?? "";

    private static int CountLeaves(QueryNode? node) => node switch
    {
        null => 0,
        TermNode or PhraseNode => 1,
        NotNode not => CountLeaves(not.Child),
        AndNode and => and.Children.Sum(CountLeaves),
        OrNode or => or.Children.Sum(CountLeaves),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static int Depth(QueryNode? node) => node switch
    {
        null or TermNode or PhraseNode => 0,
        NotNode not => 1 + Depth(not.Child),
        AndNode and => 1 + and.Children.Max(Depth),
        OrNode or => 1 + or.Children.Max(Depth),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
