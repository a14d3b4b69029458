"""What both cluster clients read off a session: assertions and the props of the mirrored control tree."""


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def prop(node_props, name):
    for p in node_props:
        if p.name == name and p.value.WhichOneof("kind") == "string_value":
            return p.value.string_value
    return None


def nodes(node):
    yield node
    for child in node.children:
        yield from nodes(child)
