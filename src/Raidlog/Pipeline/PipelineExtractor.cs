using Raidlog.Articles;
using Raidlog.Cleaning;
using Raidlog.Geography;
using Raidlog.Incidents.Assembly;
using Raidlog.Recognition;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Places;
using Raidlog.Recognition.Times;
using Raidlog.Text;

namespace Raidlog.Pipeline;

/// <summary>
/// clean → segment → recognise → assemble for one language: the engines are the same for every language, the
/// knowledge is <paramref name="data"/> (languages/XX). <see cref="LanguageDispatcher"/> picks one per article.
/// </summary>
public sealed class PipelineExtractor(ITextCleaner cleaner, LanguageLexicons data, IPlaceResolver places) : IExtractor
{
    readonly SentenceSplitter _splitter = new(data.Abbreviations);
    readonly MentionFinder _mentions = new(data, places);
    readonly IncidentAssembler _assembler = new(data);
    readonly DateMentionFinder _dates = DateMentionFinder.For(data.Language);

    public string Language => data.Language;

    /// <summary>Records name places in English (FORMAT.md), whatever language the article is in.</summary>
    const string RecordLanguage = "en";

    public Extraction Extract(Article article) => Explain(article, null);

    public Extraction Explain(Article article, ICollection<string>? trace)
    {
        var (clean, sentences) = Recognise(article);
        var dates = _dates.Find(clean.Text, article.Metadata.Published);
        var governing = DateGovernor.ForArticle(clean.Text, dates, article.Metadata.Published);
        return new Extraction(article, _assembler.Assemble(clean.Text, sentences, s => governing(s.Span), clean.ToOriginal, trace));
    }

    /// <summary>Every place the article names, as the article's context settled it (for measuring place resolution).</summary>
    public IReadOnlyList<PlaceMention> Places(Article article) => Recognise(article).Sentences.SelectMany(s => s.Places).ToList();

    (CleanText Clean, List<SentenceMentions> Sentences) Recognise(Article article)
    {
        var clean = cleaner.Clean(article.Text);
        int paragraph = -1;
        var sentences = new List<SentenceMentions>();
        foreach (var s in _splitter.Split(clean.Text))
        {
            sentences.Add(_mentions.Find(clean.Text, s, opensParagraph: s.Paragraph != paragraph));
            paragraph = s.Paragraph;
        }
        ArticlePlaces.Settle(sentences, places, data);
        if (data.Language != RecordLanguage) NameInEnglish(sentences);
        return (clean, sentences);
    }

    /// <summary>A German report writes "Moskau"; the record says "Moscow", the gazetteer's name, so the reports of
    /// one attack in two languages meet in the store.</summary>
    static void NameInEnglish(List<SentenceMentions> sentences)
    {
        foreach (var s in sentences)
            for (int i = 0; i < s.Places.Count; i++)
                if (s.Places[i].Place.Canonical is { } name)
                    s.Places[i] = s.Places[i] with { Place = s.Places[i].Place with { Name = name, Canonical = null } };
    }
}
