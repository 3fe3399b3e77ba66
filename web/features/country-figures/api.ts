import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CountryFigures } from '../../../common/contracts/cooperation-figures';
import { api, queryString } from '../../lib/api';

export const useCountryFigures = (from: number | null, to: number | null) =>
  useQuery({
    queryKey: ['cooperation-figures', from, to],
    queryFn: () => api<CountryFigures>('GET', `/api/cooperation/figures${queryString({ from, to })}`),
    placeholderData: keepPreviousData,
  });
