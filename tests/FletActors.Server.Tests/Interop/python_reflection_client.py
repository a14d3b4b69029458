"""Lists the services of a gRPC server through server reflection with python3-grpcio, as grpcurl does.

Usage: python_reflection_client.py <reflection-descriptor-set> <host:port> <service>...
The reflection messages are built at run time from a FileDescriptorSet of grpc/reflection/v1alpha/reflection.proto.
Prints "PASS lists <service>" for every named service the server lists and exits 0; prints the failure and exits 1.
"""
import sys

descriptor_set, target, expected = sys.argv[1], sys.argv[2], sys.argv[3:]

import grpc  # noqa: E402
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory  # noqa: E402

with open(descriptor_set, "rb") as f:
    files = descriptor_pb2.FileDescriptorSet.FromString(f.read())
pool = descriptor_pool.DescriptorPool()
for file in files.file:
    pool.Add(file)


def message_class(name):
    descriptor = pool.FindMessageTypeByName(name)
    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(pool).GetPrototype(descriptor)


Request = message_class("grpc.reflection.v1alpha.ServerReflectionRequest")
Response = message_class("grpc.reflection.v1alpha.ServerReflectionResponse")


def main():
    with grpc.insecure_channel(target) as channel:
        info = channel.stream_stream("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                                     request_serializer=Request.SerializeToString,
                                     response_deserializer=Response.FromString)
        responses = list(info(iter([Request(list_services="*")]), timeout=20))
        listed = [s.name for r in responses for s in r.list_services_response.service]
        for service in expected:
            if service not in listed:
                raise AssertionError(f"{service} is not among the listed services {listed}")
            print(f"PASS lists {service}")


try:
    main()
except Exception as error:  # report any failure
    print(f"FAIL: {type(error).__name__}: {error}")
    sys.exit(1)
