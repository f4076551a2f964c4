using Raidlog.Languages;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Places;

namespace Raidlog.Tests.Geography;

/// <summary>languages/XX/place-words.tsv: the words the place recognisers weigh, by role.</summary>
public sealed class PlaceTermsTests
{
    [Fact]
    public void English_terms_are_read_by_role()
    {
        var terms = PlaceTerms.For(LanguageLexicons.English);
        terms.Region.ShouldContain("oblast");
        terms.Plural.ShouldContain("regions");
        terms.Plural.ShouldNotContain("region");
        terms.DistanceUnit.ShouldContain("km");
        terms.Organisation.ShouldContain("brigade");
        terms.Facility.ShouldContain(words => words.SequenceEqual(new[] { "international", "airport" }));
    }

    [Fact]
    public void An_unknown_role_names_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("raidlog-terms-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "place-words.tsv"), "# word\trole\nregion\tregion\nvillage\thamlet-ish\n");
            var data = LanguageLexicons.FromFolder(folder);
            var error = Should.Throw<LanguageDataException>(() => PlaceTerms.For(data));
            error.Message.ShouldContain("place-words.tsv:3");
            error.Message.ShouldContain("hamlet-ish");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
