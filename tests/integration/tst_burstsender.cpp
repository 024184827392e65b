// BurstSender against the sandbox over loopback: N calls one at a time at a rate, 429 answers waited out and
// sent again more slowly, any other failure never sent again by itself, cancel, and the limits on count and
// rate.
#include "burstsender.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QtMath>

#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using Host = SandboxServer::Host;

class tst_BurstSender : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    const TrackCredentials m_us = SandboxFixture::usCredentials();

    static TrackCall tick() { return TrackCall::event(u"ada"_s, u"tick"_s); }

    static BurstSender::Summary summaryOf(const QSignalSpy &finished, int i = -1)
    {
        return (i < 0 ? finished.constLast() : finished.at(i)).at(0).value<BurstSender::Summary>();
    }

    void setFault(const QString &spec)
    {
        SandboxFault fault;
        QString error;
        QVERIFY2(SandboxFault::fromSpec(spec, &fault, &error), qPrintable(error));
        m_sandbox.server.setFault(Host::TrackUs, fault);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BurstSender::Summary>();
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void init() { m_sandbox.reset(); }

    void countAndRateLimits_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("error"); // the start; "" = accepted
        QTest::newRow("one at the slowest") << 1 << BurstSender::MinRate << QString();
        QTest::newRow("most at the fastest") << BurstSender::MaxCount << BurstSender::MaxRate << QString();
        QTest::newRow("none") << 0 << 10.0 << u"Count: from 1 to 10000 calls (got 0)"_s;
        QTest::newRow("too many") << BurstSender::MaxCount + 1 << 10.0 << u"Count: from 1 to 10000 calls"_s;
        QTest::newRow("too slow") << 5 << 0.05 << u"Rate: from 0.1 to 100 calls per second (got 0.05)"_s;
        QTest::newRow("too fast") << 5 << 100.5 << u"Rate: from 0.1 to 100 calls per second"_s;
        QTest::newRow("not a number") << 5 << qQNaN() << u"Rate: "_s;
        QTest::newRow("infinite") << 5 << qInf() << u"Rate: "_s;
    }
    void countAndRateLimits()
    {
        QFETCH(int, count);
        QFETCH(double, rate);
        QFETCH(QString, error);
        const QString got = BurstSender::checkCountAndRate(count, rate);
        if (error.isEmpty())
            QCOMPARE(got, QString());
        else
            QVERIFY2(got.startsWith(error), qPrintable(got));
        // The fields as the caller names them.
        if (!error.isEmpty())
            QVERIFY(BurstSender::checkCountAndRate(count, rate, u"--count"_s, u"--rate"_s).startsWith(u"--"_s));
    }

    // An out-of-range burst does not start (nothing is sent, no signal).
    void outOfRangeDoesNotStart()
    {
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy progress(&burst, &BurstSender::progress);
        burst.start(tick(), m_us, Region::Us, {}, 0, 10);
        QVERIFY(!burst.isRunning());
        QCOMPARE(progress.count(), 0);
    }

    void sendsEveryCallSpacedByTheRate_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("rate");
        QTest::newRow("1 call") << 1 << 10.0;
        QTest::newRow("4 at 20/s") << 4 << 20.0;
        QTest::newRow("3 at 5/s") << 3 << 5.0;
    }
    void sendsEveryCallSpacedByTheRate()
    {
        QFETCH(int, count);
        QFETCH(double, rate);
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy progress(&burst, &BurstSender::progress);
        QSignalSpy records(&burst, &BurstSender::recordFinished);
        QSignalSpy finished(&burst, &BurstSender::finished);
        burst.start(tick(), m_us, Region::Us, {}, count, rate);
        QVERIFY(burst.isRunning());
        QVERIFY(finished.wait(15000));
        QVERIFY(!burst.isRunning());

        const BurstSender::Summary s = summaryOf(finished);
        QCOMPARE(s.requested, count);
        QCOMPARE(s.succeeded, count);
        QVERIFY(s.allSucceeded());
        QCOMPARE(s.failed + s.refused + s.notSent + s.rateLimitedAnswers, 0);
        QVERIFY(!s.cancelled);
        QCOMPARE(s.finalRate, rate);
        QCOMPARE(m_sandbox.server.receivedRequests().size(), count);
        // Starts are at least an interval apart (the rate is an upper bound: never faster).
        const qint64 intervalMs = qint64(std::ceil(1000.0 / rate));
        QVERIFY2(s.elapsedMs >= (count - 1) * intervalMs, qPrintable(QString::number(s.elapsedMs)));

        // progress(0, n) first, then one per call, in order; each record under its index.
        QCOMPARE(progress.count(), count + 1);
        for (int i = 0; i <= count; ++i)
            QCOMPARE(progress.at(i), (QList<QVariant> {i, count}));
        QCOMPARE(records.count(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(records.at(i).at(0).toInt(), i);
    }

    // Another burst while one runs is ignored.
    void oneBurstAtATime()
    {
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy finished(&burst, &BurstSender::finished);
        burst.start(tick(), m_us, Region::Us, {}, 2, 50);
        burst.start(tick(), m_us, Region::Us, {}, 7, 50);
        QVERIFY(finished.wait(15000));
        QCOMPARE(summaryOf(finished).requested, 2);
        QCOMPARE(m_sandbox.server.receivedRequests().size(), 2);
    }

    // A 429 was not processed: the same call goes again once Retry-After has passed, at half the rate.
    void rateLimitedCallsAreSentAgainSlower()
    {
        setFault(u"rate-limit:0"_s); // Retry-After: 0, then the burst waits one interval of its new rate
        int received = 0;
        const auto connection = connect(&m_sandbox.server, &SandboxServer::requestReceived, this, [this, &received] {
            if (++received == 2)
                m_sandbox.server.setFault(Host::TrackUs, SandboxFault {});
        });
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy limited(&burst, &BurstSender::rateLimited);
        QSignalSpy finished(&burst, &BurstSender::finished);
        burst.start(tick(), m_us, Region::Us, {}, 3, 8);
        QVERIFY(finished.wait(15000));
        disconnect(connection);

        const BurstSender::Summary s = summaryOf(finished);
        QCOMPARE(s.succeeded, 3);
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.rateLimitedAnswers, 2);
        QCOMPARE(limited.count(), 2);
        QCOMPARE(limited.at(0).at(0).toInt(), 0); // the first call, twice
        QCOMPARE(limited.at(1).at(0).toInt(), 0);
        QCOMPARE(limited.at(0).at(2).toDouble(), 4.0);
        QCOMPARE(limited.at(1).at(2).toDouble(), 2.0);
        // Three successes in a row after the limit lifted: the rate doubles back toward the chosen 8.
        QCOMPARE(s.finalRate, 4.0);
        QCOMPARE(m_sandbox.server.receivedRequests().size(), 5);
    }

    // After the limit lifts, the rate climbs back to the chosen one (issue 22: 30 calls at 20/s took 31 s
    // after a 429 because they all went at the lowest rate).
    void rateRecoversOnceCallsSucceedAgain()
    {
        setFault(u"rate-limit:0"_s);
        int received = 0;
        const auto connection = connect(&m_sandbox.server, &SandboxServer::requestReceived, this, [this, &received] {
            if (++received == 3)
                m_sandbox.server.setFault(Host::TrackUs, SandboxFault {});
        });
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy rates(&burst, &BurstSender::rateChanged);
        QSignalSpy finished(&burst, &BurstSender::finished);
        burst.start(tick(), m_us, Region::Us, {}, 20, 20);
        QVERIFY(finished.wait(30000));
        disconnect(connection);
        const BurstSender::Summary s = summaryOf(finished);
        QCOMPARE(s.succeeded, 20);
        QCOMPARE(s.rateLimitedAnswers, 3);
        QList<double> seen;
        for (const QList<QVariant> &args : rates)
            seen << args.at(0).toDouble();
        // Down 20 → 10 → 5 → 2.5 on the three 429s, then up by doublings, capped at the chosen 20.
        QCOMPARE(seen, (QList<double> {10, 5, 2.5, 5, 10, 20}));
        QCOMPARE(s.finalRate, 20.0);
        QCOMPARE(burst.currentRate(), 20.0);
    }

    // A call refused MaxRateLimitedAttempts times counts as failed and refused; the burst goes on.
    void refusedAfterTheLastAttempt()
    {
        setFault(u"rate-limit:0"_s);
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy finished(&burst, &BurstSender::finished);
        burst.start(tick(), m_us, Region::Us, {}, 1, 100);
        QVERIFY(finished.wait(15000));
        const BurstSender::Summary s = summaryOf(finished);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.refused, 1);
        QCOMPARE(s.rateLimitedAnswers, BurstSender::MaxRateLimitedAttempts);
        QCOMPARE(s.failedIndexes, QList<int> {0});
        QCOMPARE(s.finalRate, 6.25); // 100 halved after each of the four waits
        QCOMPARE(m_sandbox.server.receivedRequests().size(), BurstSender::MaxRateLimitedAttempts);
    }

    // Any other failure may have been processed: never sent again by itself; retryFailed() sends only those.
    void otherFailuresWaitForRetryFailed()
    {
        // Calls 1 and 3 fail: the fault a request meets is the one set after the request before it.
        int received = 0;
        const auto connection = connect(&m_sandbox.server, &SandboxServer::requestReceived, this, [this, &received] {
            SandboxFault fault;
            QString error;
            if (++received == 2)
                SandboxFault::fromSpec(u"status:503"_s, &fault, &error);
            m_sandbox.server.setFault(Host::TrackUs, fault);
        });
        setFault(u"status:503"_s);
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy finished(&burst, &BurstSender::finished);
        burst.start(tick(), m_us, Region::Us, {}, 4, 50);
        QVERIFY(finished.wait(15000));
        BurstSender::Summary s = summaryOf(finished);
        QCOMPARE(s.succeeded, 2);
        QCOMPARE(s.failed, 2);
        QCOMPARE(s.refused, 0);
        QCOMPARE(s.failedIndexes, (QList<int> {0, 2}));
        QCOMPARE(m_sandbox.server.receivedRequests().size(), 4);
        disconnect(connection);

        m_sandbox.server.clearReceivedRequests();
        QSignalSpy records(&burst, &BurstSender::recordFinished);
        burst.retryFailed();
        QVERIFY(finished.wait(15000));
        s = summaryOf(finished);
        QCOMPARE(s.requested, 2);
        QCOMPARE(s.succeeded, 2);
        QVERIFY(s.failedIndexes.isEmpty());
        QCOMPARE(records.count(), 2);
        QCOMPARE(records.at(0).at(0).toInt(), 0); // the burst's own positions
        QCOMPARE(records.at(1).at(0).toInt(), 2);
        QCOMPARE(m_sandbox.server.receivedRequests().size(), 2);

        // Nothing failed: retryFailed() does nothing.
        burst.retryFailed();
        QVERIFY(!burst.isRunning());
    }

    // cancel(): the call in flight is reported, the rest counted as not sent, and nothing more goes out.
    void cancelStopsAndCountsWhatWasNotSent()
    {
        TrackClient client(m_sandbox.endpoints);
        BurstSender burst(&client);
        QSignalSpy records(&burst, &BurstSender::recordFinished);
        QSignalSpy finished(&burst, &BurstSender::finished);
        burst.start(tick(), m_us, Region::Us, {}, 50, 5);
        QVERIFY(records.wait(10000)); // under way
        burst.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const BurstSender::Summary s = summaryOf(finished);
        QVERIFY(s.cancelled);
        QVERIFY(s.notSent > 0);
        QCOMPARE(s.succeeded + s.notSent, 50);
        QCOMPARE(records.count(), s.succeeded);
        // The barrier: the burst has ended (no timer, nothing in flight), and a call sent after it to the
        // same host arrives next; a burst call sent before would be there.
        QVERIFY(!burst.isRunning());
        const qsizetype sent = m_sandbox.server.receivedRequests().size();
        QCOMPARE(sent, qsizetype(s.succeeded));
        QCOMPARE(SandboxFixture::sendAndWait(client, TrackCall::region(), m_us, Region::Us).outcome,
                 RequestRecord::Outcome::Success);
        QCOMPARE(m_sandbox.server.receivedRequests().size(), sent + 1);
        QCOMPARE(records.count(), s.succeeded);

        burst.cancel(); // not running: nothing
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BurstSender)
#include "tst_burstsender.moc"
