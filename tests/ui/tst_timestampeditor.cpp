// TimestampEditor: typing a milliseconds value digit by digit never moves the picker past a four-digit year.
#include "support/namedchild.h"
#include "timestampeditor.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TimestampEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingMillisecondsKeepsThePickerInRange()
    {
        TimestampEditor editor;
        CIO_CHILD(QCheckBox, set, &editor, u"timestampCheck"_s);
        CIO_CHILD(QDateTimeEdit, picker, &editor, u"timestampPicker"_s);
        CIO_CHILD(QLineEdit, seconds, &editor, u"timestampSecondsEdit"_s);
        set->setChecked(true);
        seconds->clear();
        QTest::keyClicks(seconds, u"1765000000"_s);
        QCOMPARE(picker->dateTime().toSecsSinceEpoch(), 1765000000);
        QTest::keyClicks(seconds, u"000"_s); // now milliseconds, through 11 and 12 digits
        QCOMPARE(picker->dateTime().toSecsSinceEpoch(), 1765000000);
        QVERIFY(picker->date().year() < 10000);
        QVERIFY(!editor.value().has_value() || *editor.value() == 1765000000000);
    }
};

QTEST_MAIN(tst_TimestampEditor)
#include "tst_timestampeditor.moc"
