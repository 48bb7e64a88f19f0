import type { NextFunction, Request, Response } from "express";
import { log } from "../log.js";

export interface AnswerLimits {
  /** The longest a request may take, end to end; then it is answered with 503 `REQUEST_TIMEOUT`. */
  timeoutMs: number;
  /** The largest answer sent; a larger one is replaced by a 400 `ANSWER_TOO_LARGE`. */
  maxBytes: number;
}

const errorBody = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/**
 * Express middleware that bounds every GraphQL answer in time and in size, whatever runs behind it:
 * a request not answered within `timeoutMs` gets 503 `REQUEST_TIMEOUT` (what it was still doing
 * is cut by its own database budget, and what it sends later is dropped), and an answer over
 * `maxBytes` is not sent.
 */
export function limitAnswers(limits: AnswerLimits) {
  return (req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    let timedOut = false;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      timedOut = true;
      log.warn(`request cut after ${limits.timeoutMs} ms`);
      res.status(503).setHeader("retry-after", "5");
      res.type("application/json");
      send(errorBody("REQUEST_TIMEOUT", `the request took longer than ${limits.timeoutMs / 1000} s`));
      // What GraphQL sets when it finishes after all is ignored, as its answer is.
      res.setHeader = (() => res) as typeof res.setHeader;
    }, limits.timeoutMs);
    const stop = () => clearTimeout(timer);
    res.on("finish", stop);
    res.on("close", stop);
    res.send = (body?: unknown) => {
      if (timedOut) return res;
      if (typeof body === "string" && body.length > limits.maxBytes / 2 && Buffer.byteLength(body) > limits.maxBytes) {
        res.status(400).type("application/json");
        return send(
          errorBody(
            "ANSWER_TOO_LARGE",
            `the answer would be larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB: ask for fewer items`,
          ),
        );
      }
      return send(body);
    };
    next();
  };
}
