namespace Raidlog.Storage.Tests;

/// <summary>Makes a missing PostgreSQL visible: this test is skipped, with the reason, when the cluster is unreachable.</summary>
public class PostgresSuiteTests
{
    public sealed class PostgresFactAttribute : FactAttribute
    {
        public PostgresFactAttribute() { if (TestStores.PostgresAdmin is null) Skip = TestStores.PostgresMissing; }
    }

    [PostgresFact]
    public void The_contract_suite_runs_against_postgresql()
    {
        TestStores.Providers().Select(p => (string)p[0]).ShouldContain("postgres");
        using var t = TestStores.Create("postgres");
        t.Store.Counts().Articles.ShouldBe(0);
    }
}
