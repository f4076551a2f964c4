using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Places;

/// <summary>"the Russian capital", "Ukraine's capital", "the capital": a capital named by its country.</summary>
public sealed partial class PlaceMentionFinder
{
    /// <summary>Placeholder for "the capital" until the article's country is known (<see cref="ArticlePlaces"/>).</summary>
    public const string TheCapital = "the capital";

    /// <summary>
    /// "the Russian capital" is Moscow, "the Ukrainian capital" Kyiv; "the capital" alone is the capital of the
    /// article's country, settled once the article is read. Not when the capital is named right after it
    /// ("the capital, Kyiv", "the capital of Yemen", "the Yemeni capital Sanaa"): the name is the mention then.
    /// </summary>
    void AddCapitals(string text, IReadOnlyList<Token> tokens, List<PlaceMention> mentions, int group)
    {
        bool added = false;
        for (int k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Norm != "capital" || NamedAfter(text, tokens, k + 1)) continue;
            string? country = null;
            int start = k - 1;
            // "Ukraine’s capital", "over Myanmar capital": the country named before it is no place of its own here
            if (mentions.FindIndex(m => m.IsCountry && m.End == k) is var owner and >= 0)
            {
                country = mentions[owner].Place.Country;
                start = mentions[owner].Start;
                mentions.RemoveAt(owner);
            }
            else if (tokens[start].Norm != "the")
            {
                if (start < 1 || tokens[start - 1].Norm != "the" || !data.Actors.TryMatch(tokens, start, out var len, out var side) || len != 1) continue;
                country = side;
                start--;
            }
            var resolution = country is null ? null : resolver.CapitalOf(country);
            if (country is not null && resolution is null) continue;
            var place = resolution?.Place ?? new Place(TheCapital, null, null);
            // "Zayarthiri township in the capital": where the place just named lies, not a second place hit
            var cue = start >= 2 && tokens[start - 1].Norm == "in" && mentions.Any(m => m.End == start - 1 || m.End == start - 2 && tokens[start - 2].Norm is "township" or "village")
                ? PlaceCue.Elsewhere : CueBefore(tokens, start);
            mentions.Add(new PlaceMention(start, k + 1, place, cue, group++, true, resolution, TheCapital));
            added = true;
        }
        if (added) mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    bool NamedAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < tokens.Count && tokens[i].Norm is "," or "of" or "city") i++;
        return i < tokens.Count && (IsNameWord(text, tokens, i) || CompassWord(text, tokens, i)); // "the capital of North Darfur"
    }
}
