#pragma once

#include <QLabel>
#include <QStringList>

// The problems with a call, one a line (a single one wraps onto both), in an area of two lines whatever
// their number (a third and more
// are counted on the second; the full list is in the tooltip and the accessible description), so that
// nothing below it moves. Hidden, its space kept, while there is none.
class ProblemList : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemList(QWidget *parent = nullptr);

    void setProblems(const QStringList &problems);
    QStringList problems() const { return m_problems; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showLines();

    QStringList m_problems;
};
