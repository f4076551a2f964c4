using Raidlog.Evaluation;

namespace Raidlog.Tests.Evaluation;

public class PlaceNamesTests
{
    [Theory]
    [InlineData("Al Ḩazm", "al hazm")]
    [InlineData("the Kiev Region", "kyiv")]
    [InlineData("Khān Yūnis", "khan yunis")]
    [InlineData("Zaporizhzhia Oblast", "zaporizhzhia")]
    [InlineData("Tel Aviv-Yafo", "tel aviv")]
    public void Names_fold_as_score_py_folds_them(string name, string expected) => PlaceNames.Norm(name).ShouldBe(expected);
}
