using Microsoft.Data.Sqlite;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests;

/// <summary>What only a SQLite file can suffer: not being a database, and another process holding the lock.</summary>
public class SqliteFileTests
{
    [Fact]
    public void A_file_that_is_not_a_database_gives_a_one_line_error_naming_it()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("raidlog-bad-").FullName, "notes.db");
        File.WriteAllText(path, "these are my notes, not a database\n");

        var e = Should.Throw<StoreException>(() => RaidlogStore.Open(path));
        e.Message.ShouldStartWith(path);
        e.Message.ShouldContain("not a Raidlog database");
        e.Message.ShouldNotContain("\n");
        File.ReadAllText(path).ShouldBe("these are my notes, not a database\n", "nothing is overwritten");
    }

    [Fact]
    public void A_database_locked_by_another_writer_gives_a_clear_error_and_loses_nothing()
    {
        using var t = TestStore.Sqlite(TimeSpan.FromMilliseconds(300));
        t.Store.Ingest(Article("first", "A", "2024-05-03", "Two drones over Kursk.", Drone(Kursk, "2024-05-03", intercepted: 2)));
        using (var other = new SqliteConnection($"Data Source={t.Db};Pooling=False"))
        {
            other.Open();
            using var hold = other.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            hold.ExecuteNonQuery();

            var e = Should.Throw<StoreException>(() => t.Store.Ingest(Article("second", "A", "2024-05-04", "One drone over Bryansk.", Drone(Bryansk, "2024-05-04"))));
            e.Message.ShouldBe($"{t.Db}: the database is locked by another process; try again when it is done");
        }
        t.Store.Counts().Articles.ShouldBe(1);
        t.Store.Ingest(Article("second", "A", "2024-05-04", "One drone over Bryansk.", Drone(Bryansk, "2024-05-04"))).Duplicate.ShouldBeFalse();
    }
}
