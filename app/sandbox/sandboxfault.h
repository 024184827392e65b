#pragma once

#include <QString>
#include <QUrl>

// One fault a sandbox host can be switched to at run time. Written as a spec string on the command line
// (`cio-console sandbox --fault track-us=status:503`) and in the inspection API
// (POST /__sandbox/fault {"host":"track-us","fault":"status:503"}):
//
//   none                  normal answers
//   delay[:MS]            answer normally after MS milliseconds (default 1000)
//   hang                  accept the request and never answer (the connection stays open)
//   reset                 send the status line and headers and half of the body, then reset the
//                         connection (TCP RST)
//   status[:CODE]         answer CODE (500, 502 or 503; default 503) with {"meta":{"error":"…"}}
//   rate-limit[:SECONDS]  answer 429 with Retry-After: SECONDS (default 1)
//   malformed-json        the normal status and headers, the body cut in half (never valid JSON)
//   oversized             the normal status, a valid 10 MiB JSON body
//   redirect-outside[:URL] answer 307 with Location: URL (default http://outside.invalid), followed by
//                         the request's path and query when URL has no path
//
// status, rate-limit and redirect-outside answer before the request is processed: nothing is stored.
// The others process the request (a person identified under "hang" is stored) and only change how the
// answer travels.
struct SandboxFault
{
    enum class Kind { None, Hang, Delay, Reset, ServerError, RateLimited, MalformedJson, Oversized, RedirectOutside };

    Kind kind = Kind::None;
    int delayMs = 0; // Delay
    int status = 0; // ServerError: 500, 502 or 503
    int retryAfterSeconds = 0; // RateLimited
    QUrl location; // RedirectOutside

    static constexpr int defaultDelayMs = 1000;
    static constexpr int defaultStatus = 503;
    static constexpr int defaultRetryAfterSeconds = 1;
    static constexpr qsizetype oversizedBodyBytes = 10 * 1024 * 1024;
    static QUrl defaultOutsideLocation();

    // Parses a spec string (grammar above). On error returns false and sets *error naming the spec and
    // what is accepted.
    static bool fromSpec(const QString &spec, SandboxFault *fault, QString *error);
    // The canonical spec string, with every parameter: "delay:250", "status:503", "none".
    QString toSpec() const;

    // Every kind's spec name, in Kind order: "none", "hang", "delay", ...
    static QString kindName(Kind kind);

    friend bool operator==(const SandboxFault &a, const SandboxFault &b)
    {
        return a.kind == b.kind && a.delayMs == b.delayMs && a.status == b.status
            && a.retryAfterSeconds == b.retryAfterSeconds && a.location == b.location;
    }
    friend bool operator!=(const SandboxFault &a, const SandboxFault &b) { return !(a == b); }
};
