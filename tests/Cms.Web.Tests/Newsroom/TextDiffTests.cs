using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cms.Web.Newsroom.Diffing;

namespace Cms.Web.Tests.Newsroom;

public sealed class TextDiffTests
{
    private static readonly string[] Alphabet =
        ["a", "b", "c", " ", "\n", "\n", ",", ".", "<", "&", "ж", "ң", "ө", "ү", "Ш", "ა", "ბ", "გ", "😀"];

    [Fact]
    public void Identical_texts_give_one_equal_span()
    {
        const string text = "Ош шаарында жыйын өттү.\nВ Оше состоялось заседание.\n";

        Assert.Equal([new DiffSpan(DiffOp.Equal, text)], TextDiff.Lines(text, text));
        Assert.Equal([new DiffSpan(DiffOp.Equal, text)], TextDiff.Words(text, text));
        Assert.Equal(string.Empty, TextDiff.Unified(text, text));
    }

    [Fact]
    public void Empty_inputs()
    {
        Assert.Empty(TextDiff.Lines(string.Empty, string.Empty));
        Assert.Empty(TextDiff.Words(string.Empty, string.Empty));
        Assert.Equal([new DiffSpan(DiffOp.Insert, "a\nb\n")], TextDiff.Lines(string.Empty, "a\nb\n"));
        Assert.Equal([new DiffSpan(DiffOp.Delete, "a\nb\n")], TextDiff.Lines("a\nb\n", string.Empty));
        Assert.Equal([new DiffSpan(DiffOp.Insert, "жыйын")], TextDiff.Words(string.Empty, "жыйын"));
        Assert.Equal([new DiffSpan(DiffOp.Delete, "жыйын")], TextDiff.Words("жыйын", string.Empty));
        Assert.Equal(string.Empty, TextDiff.ToHtml([]));
        Assert.Equal(string.Empty, TextDiff.Unified(string.Empty, string.Empty));
    }

    [Fact]
    public void A_changed_phrase_keeps_the_spaces_between_its_words()
    {
        var spans = TextDiff.Words("Семинар один два три прошёл.", "Семинар четыре пять шесть прошёл.");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "Семинар "),
                new DiffSpan(DiffOp.Delete, "один два три"),
                new DiffSpan(DiffOp.Insert, "четыре пять шесть"),
                new DiffSpan(DiffOp.Equal, " прошёл."),
            ],
            spans);
        Assert.Equal("Семинар <del>один два три</del><ins>четыре пять шесть</ins> прошёл.", TextDiff.ToHtml(spans));
    }

    [Fact]
    public void An_unchanged_word_between_changes_stays_unchanged_with_its_spaces()
    {
        var spans = TextDiff.Words("Ош шаарында жыйын өттү", "Бишкек шаарында семинар өттү");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Delete, "Ош"),
                new DiffSpan(DiffOp.Insert, "Бишкек"),
                new DiffSpan(DiffOp.Equal, " шаарында "),
                new DiffSpan(DiffOp.Delete, "жыйын"),
                new DiffSpan(DiffOp.Insert, "семинар"),
                new DiffSpan(DiffOp.Equal, " өттү"),
            ],
            spans);
    }

    [Fact]
    public void Inserted_line()
    {
        var spans = TextDiff.Lines("один\nдва\nтри\n", "один\nдва\nполтора\nтри\n");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "один\nдва\n"),
                new DiffSpan(DiffOp.Insert, "полтора\n"),
                new DiffSpan(DiffOp.Equal, "три\n"),
            ],
            spans);
    }

    [Fact]
    public void Deleted_lines()
    {
        var spans = TextDiff.Lines("бир\nэки\nүч\nтөрт\n", "бир\nтөрт\n");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "бир\n"),
                new DiffSpan(DiffOp.Delete, "эки\nүч\n"),
                new DiffSpan(DiffOp.Equal, "төрт\n"),
            ],
            spans);
    }

    [Fact]
    public void Replaced_line_shows_delete_before_insert()
    {
        var spans = TextDiff.Lines("ერთი\nორი\nსამი", "ერთი\nოთხი\nსამი");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "ერთი\n"),
                new DiffSpan(DiffOp.Delete, "ორი\n"),
                new DiffSpan(DiffOp.Insert, "ოთხი\n"),
                new DiffSpan(DiffOp.Equal, "სამი"),
            ],
            spans);
    }

    [Fact]
    public void A_missing_final_newline_is_a_change_of_the_last_line()
    {
        var spans = TextDiff.Lines("a\nb", "a\nb\n");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "a\n"),
                new DiffSpan(DiffOp.Delete, "b"),
                new DiffSpan(DiffOp.Insert, "b\n"),
            ],
            spans);
    }

    [Fact]
    public void Kyrgyz_word_diff()
    {
        var spans = TextDiff.Words("Ош шаарында жыйын өттү", "Бишкек шаарында жыйын өттү");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Delete, "Ош"),
                new DiffSpan(DiffOp.Insert, "Бишкек"),
                new DiffSpan(DiffOp.Equal, " шаарында жыйын өттү"),
            ],
            spans);
    }

    [Fact]
    public void Kyrgyz_letters_do_not_split_words()
    {
        var spans = TextDiff.Words("Диалог аянтчасынын жыйыны өттү", "Диалог аянтчасынын жыйналышы өттү");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "Диалог аянтчасынын "),
                new DiffSpan(DiffOp.Delete, "жыйыны"),
                new DiffSpan(DiffOp.Insert, "жыйналышы"),
                new DiffSpan(DiffOp.Equal, " өттү"),
            ],
            spans);
        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "Мамлекеттик "),
                new DiffSpan(DiffOp.Delete, "түзүмдөр"),
                new DiffSpan(DiffOp.Insert, "өкүлдөрү"),
                new DiffSpan(DiffOp.Equal, " жана ң"),
            ],
            TextDiff.Words("Мамлекеттик түзүмдөр жана ң", "Мамлекеттик өкүлдөрү жана ң"));
    }

    [Fact]
    public void Russian_punctuation_changes_show_precisely()
    {
        var spans = TextDiff.Words(
            "В Оше состоялось заседание, посвящённое диалогу.",
            "В Оше состоялось заседание — посвящённое диалогу!");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Equal, "В Оше состоялось заседание"),
                new DiffSpan(DiffOp.Delete, ","),
                new DiffSpan(DiffOp.Insert, " —"),
                new DiffSpan(DiffOp.Equal, " посвящённое диалогу"),
                new DiffSpan(DiffOp.Delete, "."),
                new DiffSpan(DiffOp.Insert, "!"),
            ],
            spans);
    }

    [Fact]
    public void Georgian_word_diff()
    {
        var spans = TextDiff.Words("ოშში გაიმართა შეხვედრა.", "ბიშკეკში გაიმართა სემინარი.");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Delete, "ოშში"),
                new DiffSpan(DiffOp.Insert, "ბიშკეკში"),
                new DiffSpan(DiffOp.Equal, " გაიმართა "),
                new DiffSpan(DiffOp.Delete, "შეხვედრა"),
                new DiffSpan(DiffOp.Insert, "სემინარი"),
                new DiffSpan(DiffOp.Equal, "."),
            ],
            spans);
    }

    [Fact]
    public void Combining_marks_stay_in_their_word()
    {
        // A stress mark (U+0301) on a Russian vowel is part of the word, not punctuation.
        var spans = TextDiff.Words("за́мок стоит", "замо́к стоит");

        Assert.Equal(
            [
                new DiffSpan(DiffOp.Delete, "за\u0301мок"),
                new DiffSpan(DiffOp.Insert, "замо\u0301к"),
                new DiffSpan(DiffOp.Equal, " стоит"),
            ],
            spans);
    }

    [Fact]
    public void ToHtml_marks_changes_and_escapes_markup()
    {
        DiffSpan[] spans =
        [
            new(DiffOp.Equal, "Tom & Jerry "),
            new(DiffOp.Delete, "<b>"),
            new(DiffOp.Insert, "<script>alert('x\"')</script>"),
        ];

        Assert.Equal(
            "Tom &amp; Jerry <del>&lt;b&gt;</del><ins>&lt;script&gt;alert(&#39;x&quot;&#39;)&lt;/script&gt;</ins>",
            TextDiff.ToHtml(spans));
    }

    [Fact]
    public void ToHtml_of_a_word_diff_never_lets_markup_through()
    {
        var html = TextDiff.ToHtml(TextDiff.Words("Жыйын <b>өттү</b> & бүттү", "Жыйын <script>alert(1)</script> & бүттү"));

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" & ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.Contains("<ins>script</ins>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_keeps_newlines_and_plain_text()
    {
        var html = TextDiff.ToHtml(TextDiff.Lines("a\nb\n", "a\nc\n"));

        Assert.Equal("a\n<del>b\n</del><ins>c\n</ins>", html);
    }

    [Fact]
    public void Unified_shows_hunks_with_context()
    {
        const string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        const string after = "1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\n11\n12\n13\n";

        Assert.Equal(
            "@@ -2,5 +2,5 @@\n 2\n 3\n-4\n+four\n 5\n 6\n@@ -11,2 +11,3 @@\n 11\n 12\n+13\n",
            TextDiff.Unified(before, after));
    }

    [Fact]
    public void Unified_merges_close_changes_and_marks_missing_newline()
    {
        Assert.Equal(
            "@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n-d\n\\ No newline at end of file\n+D\n\\ No newline at end of file\n",
            TextDiff.Unified("a\nb\nc\nd", "A\nb\nc\nD"));
        Assert.Equal("@@ -0,0 +1,1 @@\n+x\n", TextDiff.Unified(string.Empty, "x\n"));
        Assert.Equal("@@ -1,1 +0,0 @@\n-x\n", TextDiff.Unified("x\n", string.Empty, context: 0));
        Assert.Equal("@@ -2,0 +3,1 @@\n+c\n", TextDiff.Unified("a\nb\nd\n", "a\nb\nc\nd\n", context: 0));
    }

    [Fact]
    public void Random_pairs_are_reconstructed_and_line_diffs_are_minimal()
    {
        var random = new Random(1);
        for (int i = 0; i < 500; i++)
        {
            var before = RandomText(random, random.Next(0, 60));
            var after = random.Next(3) == 0 ? RandomText(random, random.Next(0, 60)) : Mutate(random, before);

            foreach (var spans in new[] { TextDiff.Lines(before, after), TextDiff.Words(before, after) })
            {
                AssertReconstructs(before, after, spans);
            }

            var lines = TextDiff.Lines(before, after);
            var kept = lines.Where(s => s.Op == DiffOp.Equal).Sum(s => SplitLines(s.Text).Count);
            Assert.True(
                kept == LongestCommonSubsequence(SplitLines(before), SplitLines(after)),
                $"pair {i} keeps {kept} lines, fewer than the longest common subsequence");
        }
    }

    [Fact]
    public void A_megabyte_of_unrelated_text_finishes_quickly()
    {
        var random = new Random(2);
        var before = RandomText(random, 600_000);
        var after = RandomText(random, 600_000);
        Assert.True(Encoding.UTF8.GetByteCount(before) > 1_000_000);

        AssertFast(before, after);
    }

    [Fact]
    public void Many_different_lines_beyond_the_edit_distance_bound_finish_quickly()
    {
        var before = new StringBuilder();
        var after = new StringBuilder();
        for (int i = 0; i < 40_000; i++)
        {
            before.Append("жол ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            after.Append("ხაზი ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        AssertFast("title\n" + before + "end\n", "title\n" + after + "end\n");
    }

    [Fact]
    public void Repetitive_text_below_the_token_bound_finishes_quickly()
    {
        var random = new Random(3);
        var before = new StringBuilder();
        var after = new StringBuilder();
        for (int i = 0; i < 90_000; i++)
        {
            before.Append(random.Next(2) == 0 ? "а\n" : "б\n");
            after.Append(random.Next(2) == 0 ? "а\n" : "б\n");
        }

        AssertFast(before.ToString(), after.ToString());
    }

    [Fact]
    public void A_small_edit_in_a_large_body_is_found_exactly()
    {
        var body = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            body.Append("Абзац ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": диалог аянтчасы.\n");
        }

        var before = body.ToString();
        var after = before.Replace("Абзац 12345:", "Абзац 12345 (өзгөртүлдү):", StringComparison.Ordinal);

        var spans = TextDiff.Words(before, after);

        Assert.Equal([DiffOp.Equal, DiffOp.Insert, DiffOp.Equal], spans.Select(s => s.Op));
        Assert.Equal(" (өзгөртүлдү)", spans[1].Text);
    }

    // Each call on its own must stay well under the limit, so a page render never hangs on one revision.
    private static void AssertFast(string before, string after)
    {
        var lines = Timed(() => TextDiff.Lines(before, after));
        var words = Timed(() => TextDiff.Words(before, after));
        Assert.NotEmpty(Timed(() => TextDiff.Unified(before, after)));
        Assert.NotEmpty(Timed(() => TextDiff.ToHtml(words)));
        AssertReconstructs(before, after, lines);
        AssertReconstructs(before, after, words);
    }

    private static T Timed<T>(Func<T> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = action();
        // A guard against quadratic blow-up (which takes minutes here), not a speed target: the machine may be busy.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        return result;
    }

    private static void AssertReconstructs(string before, string after, IReadOnlyList<DiffSpan> spans)
    {
        Assert.Equal(before, string.Concat(spans.Where(s => s.Op != DiffOp.Insert).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(spans.Where(s => s.Op != DiffOp.Delete).Select(s => s.Text)));
        for (int i = 0; i < spans.Count; i++)
        {
            Assert.NotEmpty(spans[i].Text);
            if (i > 0)
            {
                Assert.NotEqual(spans[i - 1].Op, spans[i].Op);
            }
        }
    }

    private static string RandomText(Random random, int length)
    {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    // Edits by UTF-16 unit, so halves of the surrogate pair in the alphabet show up as lone surrogates too.
    private static string Mutate(Random random, string text)
    {
        var result = new StringBuilder(text);
        int edits = random.Next(1, 6);
        for (int i = 0; i < edits; i++)
        {
            if (result.Length == 0 || random.Next(2) == 0)
            {
                result.Insert(random.Next(result.Length + 1), RandomText(random, random.Next(1, 8)));
            }
            else
            {
                int at = random.Next(result.Length);
                result.Remove(at, Math.Min(random.Next(1, 8), result.Length - at));
            }
        }

        return result.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static int LongestCommonSubsequence(List<string> a, List<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            for (int j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }
}
