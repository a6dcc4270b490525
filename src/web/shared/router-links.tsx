import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorAttributes = AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

function ButtonAnchor(props: ButtonProps & AnchorAttributes) {
  return <Button component="a" {...props} />;
}

function AnchorElement(props: AnchorProps & AnchorAttributes) {
  return <Anchor component="a" {...props} />;
}

/** A Mantine button that is a typed router link (route params and search checked). */
export const LinkButton = createLink(ButtonAnchor);

/** A Mantine anchor that is a typed router link (route params and search checked). */
export const LinkAnchor = createLink(AnchorElement);
