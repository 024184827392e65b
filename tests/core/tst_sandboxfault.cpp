// SandboxFault: the fault spec grammar of `cio-console sandbox --fault` and POST /__sandbox/fault.
#include "sandboxfault.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = SandboxFault::Kind;

class TstSandboxFault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromSpec_data();
    void fromSpec();
    void invalidSpec_data();
    void invalidSpec();
    void kindNames();
};

void TstSandboxFault::fromSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("canonical"); // toSpec()

    QTest::newRow("none") << u"none"_s << Kind::None << 0 << 0 << 0 << QString() << u"none"_s;
    QTest::newRow("spaces") << u"  hang "_s << Kind::Hang << 0 << 0 << 0 << QString() << u"hang"_s;
    QTest::newRow("delay default") << u"delay"_s << Kind::Delay << 1000 << 0 << 0 << QString() << u"delay:1000"_s;
    QTest::newRow("delay 0") << u"delay:0"_s << Kind::Delay << 0 << 0 << 0 << QString() << u"delay:0"_s;
    QTest::newRow("delay max") << u"delay:600000"_s << Kind::Delay << 600000 << 0 << 0 << QString()
                               << u"delay:600000"_s;
    QTest::newRow("reset") << u"reset"_s << Kind::Reset << 0 << 0 << 0 << QString() << u"reset"_s;
    QTest::newRow("status default") << u"status"_s << Kind::ServerError << 0 << 503 << 0 << QString()
                                    << u"status:503"_s;
    QTest::newRow("status 500") << u"status:500"_s << Kind::ServerError << 0 << 500 << 0 << QString()
                                << u"status:500"_s;
    QTest::newRow("status 502") << u"status:502"_s << Kind::ServerError << 0 << 502 << 0 << QString()
                                << u"status:502"_s;
    QTest::newRow("rate-limit default") << u"rate-limit"_s << Kind::RateLimited << 0 << 0 << 1 << QString()
                                        << u"rate-limit:1"_s;
    QTest::newRow("rate-limit 30") << u"rate-limit:30"_s << Kind::RateLimited << 0 << 0 << 30 << QString()
                                   << u"rate-limit:30"_s;
    QTest::newRow("malformed-json") << u"malformed-json"_s << Kind::MalformedJson << 0 << 0 << 0 << QString()
                                    << u"malformed-json"_s;
    QTest::newRow("oversized") << u"oversized"_s << Kind::Oversized << 0 << 0 << 0 << QString() << u"oversized"_s;
    QTest::newRow("redirect-outside default")
        << u"redirect-outside"_s << Kind::RedirectOutside << 0 << 0 << 0 << u"http://outside.invalid"_s
        << u"redirect-outside:http://outside.invalid"_s;
    QTest::newRow("redirect-outside url")
        << u"redirect-outside:https://example.com:8443/x?y=1"_s << Kind::RedirectOutside << 0 << 0 << 0
        << u"https://example.com:8443/x?y=1"_s << u"redirect-outside:https://example.com:8443/x?y=1"_s;
}

void TstSandboxFault::fromSpec()
{
    QFETCH(QString, spec);
    QFETCH(Kind, kind);
    QFETCH(int, delayMs);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QString, location);
    QFETCH(QString, canonical);

    SandboxFault fault;
    QString error;
    QVERIFY2(SandboxFault::fromSpec(spec, &fault, &error), qPrintable(error));
    QCOMPARE(fault.kind, kind);
    QCOMPARE(fault.delayMs, delayMs);
    QCOMPARE(fault.status, status);
    QCOMPARE(fault.retryAfterSeconds, retryAfter);
    QCOMPARE(fault.location, location.isEmpty() ? QUrl() : QUrl(location));
    QCOMPARE(fault.toSpec(), canonical);

    // The canonical spec parses back to the same fault.
    SandboxFault again;
    QVERIFY(SandboxFault::fromSpec(fault.toSpec(), &again, &error));
    QCOMPARE(again, fault);
}

void TstSandboxFault::invalidSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error"); // after the "fault \"<spec>\": " prefix

    QTest::newRow("empty") << QString() << u"expected one of none, delay[:MS]"_s;
    QTest::newRow("unknown") << u"slow"_s << u"expected one of none, delay[:MS]"_s;
    QTest::newRow("upper case") << u"HANG"_s << u"expected one of none, delay[:MS]"_s;
    QTest::newRow("delay negative") << u"delay:-1"_s << u"delay must be 0-600000 milliseconds"_s;
    QTest::newRow("delay too long") << u"delay:600001"_s << u"delay must be 0-600000 milliseconds"_s;
    QTest::newRow("delay empty") << u"delay:"_s << u"delay must be 0-600000 milliseconds"_s;
    QTest::newRow("status 501") << u"status:501"_s << u"status must be 500, 502 or 503"_s;
    QTest::newRow("status 404") << u"status:404"_s << u"status must be 500, 502 or 503"_s;
    QTest::newRow("rate-limit day and a second") << u"rate-limit:86401"_s << u"Retry-After must be 0-86400 seconds"_s;
    QTest::newRow("relative redirect") << u"redirect-outside:/x"_s << u"the redirect target must be an absolute URL"_s;
    QTest::newRow("hang with parameter") << u"hang:1"_s << u"hang takes no parameter"_s;
    QTest::newRow("none with parameter") << u"none:"_s << u"none takes no parameter"_s;
}

void TstSandboxFault::invalidSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);

    SandboxFault fault;
    fault.kind = Kind::Hang;
    QString actual;
    QVERIFY(!SandboxFault::fromSpec(spec, &fault, &actual));
    QVERIFY2(actual.startsWith(u"fault \"%1\": "_s.arg(spec) + error), qPrintable(actual));
    QCOMPARE(fault.kind, Kind::Hang); // left alone
}

void TstSandboxFault::kindNames()
{
    QCOMPARE(SandboxFault::kindName(Kind::None), u"none"_s);
    QCOMPARE(SandboxFault::kindName(Kind::RateLimited), u"rate-limit"_s);
    QCOMPARE(SandboxFault::kindName(Kind::RedirectOutside), u"redirect-outside"_s);
}

QTEST_GUILESS_MAIN(TstSandboxFault)
#include "tst_sandboxfault.moc"
