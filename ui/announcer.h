#pragma once

#include <QLabel>

class ConsoleSession;
struct RequestRecord;
struct RegionInfo;

// The window's live region: a short line in the status bar saying what just finished (a call and its
// answer, a region check and its region), raised to screen readers as it changes (an accessibility
// name-change event on the label). Sighted users read the same line, at the right of the status bar.
class Announcer : public QLabel
{
    Q_OBJECT

public:
    explicit Announcer(QWidget *parent = nullptr);

    // Announces the session's finished calls and region checks (a check's own region call is said by its
    // result, not as a call).
    void follow(ConsoleSession *session);
    void announce(const QString &text);

Q_SIGNALS:
    // Each announcement, as raised to screen readers.
    void announced(const QString &text);

public:
    static QString callText(const RequestRecord &record);
    static QString regionText(const QString &workspace, const RegionInfo &info);

    QSize sizeHint() const override; // the text, up to about 48 characters
    QSize minimumSizeHint() const override; // no width: the status bar may cut it
};
