import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Pager } from './Pager';
import { QueryState } from './QueryState';

/** A page of a list; `totalIsLowerBound` when the server stopped counting ("more than N"). */
type Page<T> = { items: T[]; page: number; pageSize: number; total: number; totalIsLowerBound?: boolean };

/** One page of a list: loading and errors, a sentence when it is empty, the rows, the pager. */
export function PagedResults<T>({
  query,
  emptyMessage,
  onPage,
  children,
}: {
  query: UseQueryResult<Page<T>>;
  /** Catalogue key of the sentence shown when nothing matches. */
  emptyMessage: string;
  onPage(page: number): void;
  children: (items: T[]) => ReactNode;
}) {
  return (
    <QueryState query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <Text>
            <FormattedMessage id={emptyMessage} />
          </Text>
        ) : (
          <>
            {children(data.items)}
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsLowerBound={data.totalIsLowerBound}
              onChange={onPage}
            />
          </>
        )
      }
    </QueryState>
  );
}
