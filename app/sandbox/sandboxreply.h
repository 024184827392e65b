#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

// One HTTP answer of the sandbox. The body is always JSON and goes out with Content-Type:
// application/json and a Content-Length; headers holds any other header.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    // status with the object as compact JSON.
    static SandboxReply json(int status, const QJsonObject &object);
    // status with {"meta":{"error":"<message>"}}: the 400 body shown on
    // https://docs.customer.io/journeys/invalid-api-requests (the Track OpenAPI,
    // https://docs.customer.io/files/journeys-track.json, describes {"meta":{"errors":[..]}} instead;
    // the sandbox sends the first, see docs/sandbox.md).
    static SandboxReply error(int status, const QString &message);
    // status with {"meta":{"errors":["<message>"]}}: the Track OpenAPI's shared 400 response
    // (components/responses/400 of https://docs.customer.io/files/journeys-track.json), sent by the
    // endpoints that refer to it (events, anonymous events, devices, forms, segments).
    static SandboxReply errors(int status, const QString &message);
    // 204 with no body (POST /api/v1/forms/{form_id}/submit: "Successful requests do not return anything").
    static SandboxReply noContent();
    // 200 {}: "A successful request returns an empty object response" (Track OpenAPI).
    static SandboxReply ok();
    // 401 {"meta":{"error":"Unauthorized request"}}: the OpenAPI gives the 401 a description only; this
    // body is the one observed from track-eu (docs/customerio-api.md, "Account Regions endpoint").
    static SandboxReply unauthorized();
    // 404 {"meta":{"error":"not found"}}: the sandbox's own answer to a path or method it does not model.
    static SandboxReply notFound();
    // A wrong-region redirect: status (301, 302, 307 or 308) with Location: location and the body
    // {"errors":[{"detail":"wrong datacenter","status":"<status>"}]}: the only wrong-region redirect
    // observed, a 301 (https://github.com/customerio/customerio-node/issues/134); the body is the same
    // for the other statuses.
    static SandboxReply redirect(int status, const QUrl &location);
};
