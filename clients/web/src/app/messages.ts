import type { ClientMessage, PageEvent, PropValue } from "../gen/fletactors/v1/session_pb";
import { clientMessage } from "../connection/outbox";
import type { KeyPress } from "./keys";

// Builders of the upward messages the page sends.

export function controlEvent(controlId: number, name: string, data: string): ClientMessage {
  return clientMessage({ case: "event", value: { $typeName: "fletactors.v1.ControlEvent", controlId: BigInt(controlId), name, data } });
}

export function writeBack(controlId: number, prop: string, value: PropValue): ClientMessage {
  return clientMessage({ case: "writeBack", value: { $typeName: "fletactors.v1.ValueWriteBack", controlId: BigInt(controlId), prop, value } });
}

export function methodResult(callId: bigint, result: PropValue | undefined, error: string): ClientMessage {
  return clientMessage({ case: "methodResult", value: { $typeName: "fletactors.v1.MethodResult", callId, result, error } });
}

function pageEvent(kind: PageEvent["kind"]): ClientMessage {
  return clientMessage({ case: "pageEvent", value: { $typeName: "fletactors.v1.PageEvent", kind } });
}

export function resize(width: number, height: number): ClientMessage {
  return pageEvent({ case: "resize", value: { $typeName: "fletactors.v1.Resize", width, height } });
}

export function keyboard(press: KeyPress): ClientMessage {
  return pageEvent({ case: "keyboard", value: { $typeName: "fletactors.v1.Keyboard", ...press } });
}

export function routeChange(route: string): ClientMessage {
  return pageEvent({ case: "routeChange", value: { $typeName: "fletactors.v1.RouteChange", route } });
}

export function viewPop(route: string): ClientMessage {
  return pageEvent({ case: "viewPop", value: { $typeName: "fletactors.v1.ViewPop", route } });
}

export function clientError(message: string): ClientMessage {
  return pageEvent({ case: "clientError", value: { $typeName: "fletactors.v1.ClientError", message } });
}
