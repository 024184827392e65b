// ProblemList: one problem wraps onto the second line so that its end (the value to use) is not cut off.
#include "problemlist.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ProblemList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLongProblemWrapsInsteadOfBeingCut()
    {
        ProblemList list;
        const QString problem = u"Timestamp: 1765000000000 looks like milliseconds; Unix seconds would be 1765000000"_s;
        const int width = list.fontMetrics().horizontalAdvance(problem) * 2 / 3;
        list.resize(width, list.height());
        list.setProblems({problem});
        const QStringList lines = list.text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(!list.text().contains(u'…'), qPrintable(list.text()));
        QVERIFY(lines.last().endsWith(u"1765000000"_s));
        QCOMPARE(lines.join(u' '), problem);
        QCOMPARE(list.toolTip(), problem);
    }

    void shortProblemStaysOnOneLine()
    {
        ProblemList list;
        list.resize(600, list.height());
        list.setProblems({u"Identifier: required"_s});
        QCOMPARE(list.text(), u"Identifier: required"_s);
    }

    void manyProblemsAreCounted()
    {
        ProblemList list;
        list.resize(600, list.height());
        list.setProblems({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        QCOMPARE(list.text().split(u'\n').size(), 2);
        QVERIFY(list.text().contains(u"+2"_s));
    }
};

QTEST_MAIN(tst_ProblemList)
#include "tst_problemlist.moc"
