using System.Diagnostics;
using System.Text;
using Cms.Web.Newsroom.Splitting;

namespace Cms.Web.Tests.Newsroom;

public sealed class TextSplitterTests
{
    private const string KyrgyzTitle = "Бишкекте жаңы конуштардын жашоочулары менен жолугушуу өттү";

    private const string KyrgyzBody =
        "Жолугушуу 2023-жылдын 22-августунда «Аракет» долбоорунун алкагында өттү. Катышуучулар жаңы конуштардын "
        + "жашоочулары туш болгон көйгөйлөрдү жана учурдагы кырдаалды талкуулашты.\n\n"
        + "Ошондой эле жергиликтүү өз алдынча башкаруу органдарынын потенциалын жогорулатуу үчүн бир нече "
        + "тренингдерди өткөрүү пландаштырылган.";

    private const string RussianTitle = "В Бишкеке прошла встреча с жителями новостроек";

    private const string RussianBody =
        "Встреча прошла 22 августа 2023 года в рамках проекта «Аракет». Участники обсудили проблемы, с которыми "
        + "сталкиваются жители новостроек, и текущую ситуацию.\n\n"
        + "Также для повышения потенциала органов местного самоуправления было запланировано несколько "
        + "обучающих тренингов.";

    private const string GeorgianTitle = "ბიშკეკში ახალ დასახლებათა მაცხოვრებლებთან შეხვედრა გაიმართა";

    private const string GeorgianBody =
        "შეხვედრა 2023 წლის 22 აგვისტოს გაიმართა პროექტის ფარგლებში. მონაწილეებმა განიხილეს ახალი "
        + "დასახლებების მაცხოვრებლების პრობლემები და არსებული ვითარება.";

    private readonly TextSplitter splitter = new();

    [Fact]
    public void Seed000_is_Kyrgyz_then_Russian_titled_by_the_first_clause_of_their_first_sentences()
    {
        var parts = splitter.Split(Seeds.Read("000"));

        Assert.Equal(["ky", "ru"], parts.Select(p => p.Language));
        // The first sentences run 120 and more characters: the title is their first clause, headline length.
        Assert.Equal("Бүгүн, 22-августа Ош шаарында диалог аянтчасынын биринчи жыйыны өтүп", parts[0].Title);
        Assert.Equal("Сегодня 22 августа в городе Ош состоялась первое заседание диалоговой площадки", parts[1].Title);
        Assert.All(parts, p => Assert.InRange(p.Title.Length, 30, Cms.Web.Newsroom.Splitting.Headline.MaxTitleLength));

        // A title cut from the first sentence leaves the body whole.
        Assert.StartsWith("Бүгүн, 22-августа Ош шаарында", parts[0].Body, StringComparison.Ordinal);
        Assert.EndsWith("Эдвокаси борбору ” тарабынан уюштурулду.", parts[0].Body, StringComparison.Ordinal);
        Assert.StartsWith("Сегодня 22 августа в городе Ош", parts[1].Body, StringComparison.Ordinal);
        Assert.EndsWith("за улучшение жизни в новостройках Кыргызстана».", parts[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("———", parts[0].Body + parts[1].Body, StringComparison.Ordinal);

        // "22 августа" names no year and the text names none either: no date rather than a guessed one.
        Assert.All(parts, p => Assert.Empty(p.Dates));
    }

    [Fact]
    public void Seed001_is_Russian_without_breadcrumb_or_source_line()
    {
        var parts = splitter.Split(Seeds.Read("001"));

        var part = Assert.Single(parts);
        Assert.Equal("ru", part.Language);
        Assert.Equal("В Бишкеке обсудят реализацию программы малых грантов в новостройках", part.Title);
        Assert.StartsWith("В рамках проекта “Аракет", part.Body, StringComparison.Ordinal);
        Assert.EndsWith("Посольства Швейцарии в Кыргызской Республике", part.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Главная", part.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" | ", part.Title + part.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Источник", part.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(part.Title + "\n", part.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002_is_Kyrgyz_then_Russian_with_the_dates_of_the_meetings()
    {
        AssertSeed002(splitter.Split(Seeds.Read("002")));
    }

    [Fact]
    public void Seed002_without_its_rule_line_splits_the_same()
    {
        var text = Seeds.Read("002").Replace("____________________________________________", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("___", text, StringComparison.Ordinal);

        AssertSeed002(splitter.Split(text));
    }

    [Fact]
    public void Seed003_is_Kyrgyz_with_its_title_once_and_its_footnotes()
    {
        var parts = splitter.Split(Seeds.Read("003"));

        var part = Assert.Single(parts);
        const string title = "«Ынтымактуу жашоо» долбоору Бишкекте «Коопсуз короо» кичи долбоорун ишке ашырууга колдоо көрсөттү";
        Assert.Equal("ky", part.Language);
        Assert.Equal(title, part.Title);
        Assert.DoesNotContain(title, part.Body, StringComparison.Ordinal);
        Assert.StartsWith("10.03.2022 10:01\nЖМКлар үчүн байланыш маалыматы", part.Body, StringComparison.Ordinal);
        Assert.Contains("\n\n2022-жылдын март айынын башында", part.Body, StringComparison.Ordinal);
        Assert.Contains("[1]", part.Body, StringComparison.Ordinal);
        Assert.Contains("Кененирээк маалымат алуу үчүн: www.international-alert.org", part.Body, StringComparison.Ordinal);
        Assert.EndsWith("international-alert.org", part.Body, StringComparison.Ordinal);
        Assert.Contains(new DateOnly(2022, 3, 10), part.Dates);
    }

    [Fact]
    public void Seed004_is_Georgian_with_the_full_title_and_its_contacts()
    {
        var parts = splitter.Split(Seeds.Read("004"));

        var part = Assert.Single(parts);
        Assert.Equal("ka", part.Language);
        Assert.Equal("საერთაშორისო სემინარი - ბინათმესაკუთრეთა მხარდაჭერა რესურსცენტრების მეშვეობით", part.Title);
        Assert.StartsWith("- \"ბინათმესაკუთრეთა მხარდაჭერა რესურსცენტრების მეშვეობით\"", part.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ბინათმესაკუთრეთა...", part.Body, StringComparison.Ordinal);
        Assert.Contains("თელავი\nTel.:", part.Body, StringComparison.Ordinal);
        Assert.EndsWith("Where We Work\n\nGeorgian CHCA", part.Body, StringComparison.Ordinal);
        Assert.Empty(part.Dates);
    }

    [Fact]
    public void Seeds_pasted_together_give_three_languages()
    {
        var text = Seeds.Read("002") + "\n\n———————\n\n" + Seeds.Read("004");

        var parts = splitter.Split(text);

        Assert.Equal(["ky", "ru", "ka"], parts.Select(p => p.Language));
        Assert.Equal("Эдвокаси Центр формирует инициативной группы в пилотных сообществах", parts[1].Title);
        Assert.EndsWith("и улучшению жизни жителей сообществ.", parts[1].Body, StringComparison.Ordinal);
        Assert.Equal("საერთაშორისო სემინარი - ბინათმესაკუთრეთა მხარდაჭერა რესურსცენტრების მეშვეობით", parts[2].Title);
    }

    [Fact]
    public void Three_languages_without_separators_are_three_parts()
    {
        var text = string.Join(
            "\n\n", KyrgyzTitle, KyrgyzBody, RussianTitle, RussianBody, GeorgianTitle, GeorgianBody);

        var parts = splitter.Split(text);

        Assert.Equal(["ky", "ru", "ka"], parts.Select(p => p.Language));
        Assert.Equal([KyrgyzTitle, RussianTitle, GeorgianTitle], parts.Select(p => p.Title));
        Assert.Equal([KyrgyzBody, RussianBody, GeorgianBody], parts.Select(p => p.Body));
        Assert.All(parts, p => Assert.Equal([new DateOnly(2023, 8, 22)], p.Dates));
    }

    [Fact]
    public void Windows_line_endings_and_rule_lines_of_any_kind_split_the_same()
    {
        var text = string.Join("\r\n\r\n", KyrgyzTitle, KyrgyzBody, "- - - - -", RussianTitle, RussianBody)
            .Replace("\n\n", "\r\n\r\n", StringComparison.Ordinal);

        var parts = splitter.Split(text);

        Assert.Equal(["ky", "ru"], parts.Select(p => p.Language));
        Assert.Equal(KyrgyzBody, parts[0].Body);
        Assert.Equal(RussianBody, parts[1].Body);
    }

    [Fact]
    public void A_lone_paragraph_in_another_language_stays_with_its_run()
    {
        var quote = "«Мы очень рады, что у нас появилась возможность участвовать в этом проекте», — сказала она.";
        var text = string.Join("\n\n", KyrgyzTitle, KyrgyzBody, quote, KyrgyzBody);

        var parts = splitter.Split(text);

        var part = Assert.Single(parts);
        Assert.Equal("ky", part.Language);
        Assert.Contains(quote, part.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_contacts_stay_with_the_part_before_them()
    {
        var text = string.Join(
            "\n\n", RussianTitle, RussianBody, "Бишкек\nТел.: +996 312 123 456\nE-mail: info@example.kg", "Источник");

        var part = Assert.Single(splitter.Split(text));

        Assert.Equal("ru", part.Language);
        Assert.EndsWith("E-mail: info@example.kg", part.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_take_the_nearest_year_and_numeric_forms()
    {
        var text = "Семинар о грантах\n\nСеминар пройдёт с 15 по 19 мая 2023 года, а итоговая встреча — 2 июня. "
            + "Заявки принимались до 10.03.2023, отчёт сдан 2023-07-01, а 31 февраля не бывает.";

        var part = Assert.Single(splitter.Split(text));

        Assert.Equal(
            [new(2023, 3, 10), new(2023, 5, 15), new(2023, 5, 19), new(2023, 6, 2), new(2023, 7, 1)],
            part.Dates);
    }

    [Fact]
    public void Kyrgyz_dates_take_the_year_named_before_them()
    {
        var text = "Демилгелүү топтор түзүлдү\n\n2023-жылдын 15-майынан 19-майына чейин жолугушуулар өттү, "
            + "ал эми 2022-жылдын март айынын башында камералар орнотулду.";

        var part = Assert.Single(splitter.Split(text));

        Assert.Equal([new DateOnly(2023, 5, 15), new DateOnly(2023, 5, 19)], part.Dates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\r\n\t\n")]
    [InlineData("———————\n\n____________")]
    public void Empty_text_has_no_parts(string text)
    {
        Assert.Empty(splitter.Split(text));
    }

    [Fact]
    public void Latin_text_is_one_part_of_undetermined_language()
    {
        var parts = splitter.Split("Where We Work\n\nThe seminar takes place in Tbilisi. Everyone is welcome.");

        var part = Assert.Single(parts);
        Assert.Equal(TextSplitter.Undetermined, part.Language);
        Assert.Equal("Where We Work", part.Title);
        Assert.Equal("The seminar takes place in Tbilisi. Everyone is welcome.", part.Body);
    }

    [Fact]
    public void A_megabyte_of_text_splits_quickly()
    {
        var text = new StringBuilder();
        text.Append(KyrgyzTitle).Append("\n\n");
        while (text.Length < 500_000)
        {
            text.Append(KyrgyzBody).Append("\n\n");
        }

        text.Append(RussianTitle).Append("\n\n");
        while (text.Length < 1_000_000)
        {
            text.Append(RussianBody).Append("\n\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var parts = splitter.Split(text.ToString());
        stopwatch.Stop();

        Assert.Equal(["ky", "ru"], parts.Select(p => p.Language));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Json_keeps_Cyrillic_and_Georgian_readable()
    {
        var parts = new[]
        {
            new SplitPart("ky", "Жаңы конуш", "Текст <b>", [new DateOnly(2023, 5, 15)]),
            new SplitPart("ka", "შეხვედრა", "ტექსტი", []),
        };

        var json = SplitJson.Serialize(parts);

        Assert.Contains("\"lang\": \"ky\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Жаңы конуш\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"შეხვედრა\"", json, StringComparison.Ordinal);
        Assert.Contains("\"2023-05-15\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("Текст <b>", document.RootElement[0].GetProperty("body").GetString());
    }

    private static void AssertSeed002(IReadOnlyList<SplitPart> parts)
    {
        Assert.Equal(["ky", "ru"], parts.Select(p => p.Language));
        Assert.Equal("Эдвокаси борбору пилоттук жамааттарда демилгелүү топ түзөт", parts[0].Title);
        Assert.Equal("Эдвокаси Центр формирует инициативной группы в пилотных сообществах", parts[1].Title);
        Assert.StartsWith("Пилоттук жамааттардын жашоочуларынын Демилгелүү топторун түзүү", parts[0].Body, StringComparison.Ordinal);
        Assert.EndsWith("салым кошкон сунуштарды жана идеяларды киргизет.", parts[0].Body, StringComparison.Ordinal);
        Assert.StartsWith("Формирование Инициативных групп жителей пилотных сообществ", parts[1].Body, StringComparison.Ordinal);
        Assert.EndsWith("способствующие развитию и улучшению жизни жителей сообществ.", parts[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("___", parts[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Эдвокаси Центр формирует", parts[0].Body, StringComparison.Ordinal);
        Assert.Equal(4, parts[0].Body.Split("\n\n").Length);
        Assert.Equal(4, parts[1].Body.Split("\n\n").Length);
        foreach (var part in parts)
        {
            Assert.Contains(new DateOnly(2023, 5, 15), part.Dates);
            Assert.Contains(new DateOnly(2023, 5, 19), part.Dates);
        }
    }
}
