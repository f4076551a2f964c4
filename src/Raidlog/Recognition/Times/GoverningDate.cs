using Raidlog.Text;

namespace Raidlog.Recognition.Times;

/// <summary>Where the date that governs a sentence came from, in the order they are tried.</summary>
public enum DateBasis
{
    /// <summary>The sentence names its own day.</summary>
    OwnMention,
    /// <summary>The sentence's only time words fix no day ("earlier this week", "in May"): its date is unknown.</summary>
    OwnMentionWithoutDay,
    /// <summary>The nearest dated mention before it in the same paragraph.</summary>
    PrecedingInParagraph,
    /// <summary>The article's first dated mention.</summary>
    Lead,
    /// <summary>Nothing in the text: the publication date.</summary>
    Publication,
}

/// <summary>The date a sentence's events happened on, with the mention it came from (null for publication).</summary>
/// <param name="Days">the sentence's own days when it names more than one ("Tuesday's attack killed three and Monday's
/// killed five"): each figure takes the day named last before it</param>
public sealed record GoverningDate(DateOnly? Date, DateBasis Basis, DateMention? From, IReadOnlyList<DateMention>? Days = null)
{
    /// <summary>The day of a figure written at <paramref name="position"/> (a text offset) in the sentence.</summary>
    public DateOnly? DateAt(int position) =>
        Days is null ? Date : (Days.LastOrDefault(d => d.Span.Start < position) ?? Days[0]).Date;

    /// <summary>The day of a place written from <paramref name="start"/> to <paramref name="end"/> (text offsets): the day
    /// that follows it ("the attack on the Kremlin on the night of May 2"), else the one named last before it.</summary>
    public DateOnly? DateOfPlace(string text, int start, int end) =>
        Days?.FirstOrDefault(d => d.LeadStart >= end && text.AsSpan(end, d.LeadStart - end).IsWhiteSpace())?.Date
        ?? DateAt(start);
}

public static class DateGovernor
{
    const int LeadDaysFromPublication = 7;

    /// <summary>
    /// Which date governs <paramref name="sentence"/> (a span of <paramref name="text"/>), given the article's
    /// mentions from <see cref="DateMentionFinder.Find"/>: the sentence's own day, else the nearest dated mention
    /// before it in the same paragraph (a line of the text), else the article's lead date (its first day within a
    /// week of publication), else the anchor. Page stamps ("date 2024-09-17") never govern.
    /// </summary>
    public static GoverningDate For(string text, TextSpan sentence, IReadOnlyList<DateMention> mentions, DateOnly? anchor) =>
        ForArticle(text, mentions, anchor)(sentence);

    /// <summary>The same for every sentence of one article: the mentions that may govern are chosen once.</summary>
    public static Func<TextSpan, GoverningDate> ForArticle(string text, IReadOnlyList<DateMention> mentions, DateOnly? anchor)
    {
        // A day after publication is a page header's "today" or a plan, never the day of a reported attack.
        // "This morning, the regime attacked," in a quote counts from when it was said, which the report may not give.
        var usable = mentions.Where(m => (m.Date is not { } d || anchor is not { } a || d.DayNumber <= a.DayNumber + 1)
            && (m.Kind != DateKind.Relative || !InsideQuote(text, m.Span.Start))).ToList();
        return sentence => Govern(text, sentence, usable, anchor);
    }

    static GoverningDate Govern(string text, TextSpan sentence, List<DateMention> mentions, DateOnly? anchor)
    {
        var own = mentions.Where(m => m.Kind is not (DateKind.PageStamp or DateKind.Said) && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End).ToList();
        // A named calendar day beats a weekday, which beats "last night": the most specific of the sentence wins.
        var best = own.Where(m => m.FixesDay && m.Date is not null).OrderBy(m => m.Kind).FirstOrDefault();
        if (best is not null)
        {
            // several days named outright ("Tuesday's attack ... and Monday's ..."), not a date and its weekday
            var days = own.Where(m => m.Kind is DateKind.Absolute or DateKind.Weekday && m.Date is not null).ToList();
            return new(best.Date, DateBasis.OwnMention, best, days.Select(d => d.Date).Distinct().Count() > 1 ? days : null);
        }
        if (own.Count > 0 && own.All(m => !m.FixesDay)) return new(null, DateBasis.OwnMentionWithoutDay, own[0]);

        var paragraphStart = ParagraphStart(text, sentence.Start);
        var preceding = mentions.LastOrDefault(m =>
            m.Date is not null && m.FixesDay && m.Kind != DateKind.Said && m.Span.End <= sentence.Start && m.Span.Start >= paragraphStart);
        if (preceding is not null) return new(preceding.Date, DateBasis.PrecedingInParagraph, preceding);

        // A lead date far from publication is a caption's or a recap's ("a strike on March 1 ..."), not the lead's.
        var lead = mentions.FirstOrDefault(m => m.Date is { } d && (m.FixesDay || m.Kind == DateKind.Said)
            && (anchor is not { } a || Math.Abs(d.DayNumber - a.DayNumber) <= LeadDaysFromPublication));
        if (lead is not null) return new(lead.Date, DateBasis.Lead, lead);
        return new(anchor, DateBasis.Publication, null);
    }

    static bool InsideQuote(string text, int position)
    {
        int start = ParagraphStart(text, position), straight = 0, open = 0;
        for (int i = start; i < position; i++)
        {
            if (text[i] == '"') straight++;
            else if (text[i] == '\u201C') open++;
            else if (text[i] == '\u201D') open--;
        }
        return straight % 2 == 1 || open > 0;
    }

    static int ParagraphStart(string text, int position)
    {
        var newline = position == 0 ? -1 : text.LastIndexOf('\n', Math.Min(position, text.Length) - 1);
        return newline + 1;
    }
}
