using System.Text.RegularExpressions;
using Raidlog.Recognition.Actors;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

/// <summary>
/// Recognises the source named in a stretch of a sentence and normalises it: a known speaker's surname, a
/// lexicon source widened by its nationality, place and person's name, or a bare personal name.
/// </summary>
sealed class SourcePhrases
{
    const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    const string Word = @"[A-Z][\w’'.-]*";

    readonly ClaimLexicon words;
    readonly Regex source;
    readonly Regex speaker;
    readonly Regex nationality;
    readonly Regex personName = new($@"^\s+(?<name>{Word}(?:\s+{Word}){{0,2}})", Options);
    readonly Regex placeBefore = new($@"(?<place>{Word}(?:\s+{Word})?)(?:\s+(?i:region|regional|oblast|city))?\s+$", Options | RegexOptions.RightToLeft);
    readonly Regex bareNameAtEnd = new($@"(?<name>{Word}\s+{Word}(?:\s+{Word})?)\s*$", Options);
    readonly Regex bareNameAtStart = new($@"^\s*(?<name>{Word}\s+{Word}(?:\s+{Word})?)", Options);

    /// <summary>Capitalised words that start sentences or clauses and are never part of a place or a name.</summary>
    static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "on", "in", "at", "and", "but", "meanwhile", "later", "earlier", "also", "then", "separately",
        "as", "after", "when", "while", "he", "she", "it", "they", "we", "i", "this", "that", "according", "said",
    };

    public SourcePhrases(ClaimLexicon words)
    {
        this.words = words;
        source = new Regex($"(?<src>{ClaimLexicon.Alternation(words.Sources.Keys)})", Options);
        speaker = new Regex($"(?<![\\w-])(?<who>{string.Join("|", words.Speakers.Keys.Select(Regex.Escape))})(?![\\w-])", Options);
        var sides = words.Actors.Alternation(ActorKind.Demonym, ActorKind.Group, ActorKind.Country);
        nationality = new Regex($@"(?<adj>{sides})(?:['’]s)?\s+(?:the\s+)?$", Options | RegexOptions.RightToLeft);
    }

    /// <summary>The source named in text[start..end), nearest to the cue (at the end when it stands before it).</summary>
    public ClaimantMention? Recognise(string text, int start, int end, bool nearEnd)
    {
        var region = text[start..end];
        var known = Pick(speaker.Matches(region), nearEnd);
        if (known is not null)
        {
            var (name, side) = words.Speakers[known.Value];
            return new(Span(start, known), name, side, SourceKind.Person);
        }
        var found = Pick(source.Matches(region), nearEnd);
        if (found is not null) return Widen(text, start, end, start + found.Index, found);

        var bare = (nearEnd ? bareNameAtEnd : bareNameAtStart).Match(region);
        if (bare.Success && !bare.Groups["name"].Value.Split(' ').Any(NotNames.Contains))
            return new(Span(start, bare.Groups["name"]), bare.Groups["name"].Value, null, SourceKind.Person);
        return null;
    }

    ClaimantMention Widen(string text, int regionStart, int regionEnd, int at, Match found)
    {
        var entry = words.Sources[Regex.Replace(found.Value, @"\s+", " ").Replace('’', '\'')];
        var spanStart = at;
        var spanEnd = at + found.Length;
        var before = text[regionStart..at];
        string? side = entry.Side;
        string? qualifier = null;

        var adj = entry.Kind is SourceKind.Organisation or SourceKind.Title ? nationality.Match(before) : Match.Empty;
        if (adj.Success)
        {
            var alias = words.Actors.ByAlias[Regex.Replace(adj.Groups["adj"].Value, @"\s+", " ").Replace('’', '\'')];
            side = alias.Iso2;
            qualifier = words.Demonyms.GetValueOrDefault(alias.Iso2, alias.Alias);
            spanStart = regionStart + adj.Groups["adj"].Index;
        }
        else if (entry.Kind == SourceKind.Title && placeBefore.Match(before) is { Success: true } place
                 && !place.Groups["place"].Value.Split(' ').Any(NotNames.Contains))
        {
            qualifier = place.Groups["place"].Value;
            spanStart = regionStart + place.Index;
        }

        string? person = null;
        if (entry.Kind == SourceKind.Title && personName.Match(text[spanEnd..regionEnd]) is { Success: true } name
            && !name.Groups["name"].Value.Split(' ').Any(NotNames.Contains))
        {
            person = name.Groups["name"].Value;
            spanEnd += name.Length;
        }

        var normalised = string.Join(" ", new[] { qualifier, entry.Name, person }.Where(p => p is not null));
        return new(new TextSpan(spanStart, spanEnd), normalised, side, entry.Kind);
    }

    static Match? Pick(MatchCollection matches, bool last) =>
        matches.Count == 0 ? null : last ? matches[^1] : matches[0];

    static TextSpan Span(int offset, Group g) => new(offset + g.Index, offset + g.Index + g.Length);
}
